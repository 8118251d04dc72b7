<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/busy_indicator.py" line="+50"/>
        <source>Please wait…</source>
        <translation>Please wait…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop waiting for the answer</source>
        <translation>Stop waiting for the answer</translation>
    </message>
</context>
<context>
    <name>CalmErrors</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/calm_errors.py" line="+61"/>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside the app. What you typed is kept; please try that step again.</source>
        <translation>Something went wrong inside the app. What you typed is kept; please try that step again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If it happens again, please call support: the number is below.</source>
        <translation>If it happens again, please call support: the number is below.</translation>
    </message>
</context>
<context>
    <name>ChromeBar</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/chrome_bar.py" line="+58"/>
        <source>DEK personal account</source>
        <translation>DEK personal account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo mode: the app works with its own practice service; no real e-mail or SMS is sent</source>
        <translation>Demo mode: the app works with its own practice service; no real e-mail or SMS is sent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo inbox</source>
        <translation>Demo inbox</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the messages the practice service would have sent</source>
        <translation>Show the messages the practice service would have sent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch the language to English</source>
        <translation>Switch the language to English</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch the language to Russian</source>
        <translation>Switch the language to Russian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts of the support service and a request form</source>
        <translation>Contacts of the support service and a request form</translation>
    </message>
</context>
<context>
    <name>DemoInbox</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/demo_inbox.py" line="+43"/>
        <source>e-mail and phone; every step works</source>
        <translation>e-mail and phone; every step works</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a phone and no e-mail</source>
        <translation>a phone and no e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked for 15 minutes after 5 wrong passwords; recovery still works</source>
        <translation>locked for 15 minutes after 5 wrong passwords; recovery still works</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>blocked for long inactivity; recover by code</source>
        <translation>blocked for long inactivity; recover by code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suspected compromise; documents or support</source>
        <translation>suspected compromise; documents or support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suspicious activity; documents or support</source>
        <translation>suspicious activity; documents or support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terms violation; support only</source>
        <translation>terms violation; support only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovery security breach; support only</source>
        <translation>recovery security breach; support only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asked identity questions after the code</source>
        <translation>asked identity questions after the code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one phone, two accounts: the flat</source>
        <translation>one phone, two accounts: the flat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one phone, two accounts: the dacha</source>
        <translation>one phone, two accounts: the dacha</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2, sent %3 at %4</source>
        <translation>%1 to %2, sent %3 at %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy the code %1</source>
        <translation>Copy the code %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the link in the app</source>
        <translation>Open the link in the app</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Demo inbox</source>
        <translation>Demo inbox</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo mode: no real e-mail or SMS is sent. The messages a customer would get appear here, newest first.</source>
        <translation>Demo mode: no real e-mail or SMS is sent. The messages a customer would get appear here, newest first.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No messages yet. Ask for a recovery code in the app and it appears here.</source>
        <translation>No messages yet. Ask for a recovery code in the app and it appears here.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo accounts</source>
        <translation>Demo accounts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account number</source>
        <translation>Account number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail and phone</source>
        <translation>E-mail and phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it shows</source>
        <translation>What it shows</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Answers to the identity questions of account %1: %2</source>
        <translation>Answers to the identity questions of account %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application from a service centre: number %1, PIN %2</source>
        <translation>Application from a service centre: number %1, PIN %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The code %1 is copied.</source>
        <translation>The code %1 is copied.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../../src/dek_desktop/app.py" line="+143"/>
        <source>Starting the practice service, please wait…</source>
        <translation>Starting the practice service, please wait…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The practice service did not start. Close the app and open it again.</source>
        <translation>The practice service did not start. Close the app and open it again.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The service address cannot be used: %1</source>
        <translation>The service address cannot be used: %1</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Continue the recovery?</source>
        <translation>Continue the recovery?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last time a code was sent to %1 on %2 at %3. Continue with it?</source>
        <translation>Last time a code was sent to %1 on %2 at %3. Continue with it?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start anew</source>
        <translation>Start anew</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/flow_page.py" line="+274"/>
        <source>Try again</source>
        <extracomment>Which step of the flow this page shows; also gives its objectName. ui/&lt;form_name&gt;.ui is loaded as the page&apos;s content; None: build `self.content` in code. The flow&apos;s field names (`recovery.Field` values) -&gt; objectNames of the widgets that take them: an input issue about a field puts the focus there and describes it.</extracomment>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the same request once more</source>
        <translation>Send the same request once more</translation>
    </message>
</context>
<context>
    <name>ProblemTexts</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/problem_texts.py" line="+30"/>
        <source>No connection to the service. Check that the internet works and press “Try again”.</source>
        <translation>No connection to the service. Check that the internet works and press “Try again”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service did not answer in time. Press “Try again” in a minute.</source>
        <translation>The service did not answer in time. Press “Try again” in a minute.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection is not safe: the server could not prove it is the real one. Nothing was sent. Please call support.</source>
        <translation>The connection is not safe: the server could not prove it is the real one. Nothing was sent. Please call support.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service sent an answer the app cannot read. Press “Try again”; if it happens again, please call support.</source>
        <translation>The service sent an answer the app cannot read. Press “Try again”; if it happens again, please call support.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Too many attempts. Please try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many attempts. Please try again in %n minute.</numerusform>
            <numerusform>Too many attempts. Please try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The service is closed for maintenance. Please try again in %n minute(s).</source>
        <translation>
            <numerusform>The service is closed for maintenance. Please try again in %n minute.</numerusform>
            <numerusform>The service is closed for maintenance. Please try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too many attempts. Please try again a little later.</source>
        <translation>Too many attempts. Please try again a little later.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service is closed for maintenance. Please try again later.</source>
        <translation>The service is closed for maintenance. Please try again later.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong on the service&apos;s side. Press “Try again”; if it happens again, please call support.</source>
        <translation>Something went wrong on the service&apos;s side. Press “Try again”; if it happens again, please call support.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrong login or password.</source>
        <translation>Wrong login or password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please type the digits from the picture.</source>
        <translation>Please type the digits from the picture.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The digits from the picture are not right. Please type the new ones.</source>
        <translation>The digits from the picture are not right. Please type the new ones.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code is not right.</source>
        <translation>The code is not right.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code is no longer valid. Please start again to get a new one.</source>
        <translation>The code is no longer valid. Please start again to get a new one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code was entered wrong too many times. Please start again.</source>
        <translation>The code was entered wrong too many times. Please start again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answers do not match what we know about the account.</source>
        <translation>The answers do not match what we know about the account.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time to set a new password is over. Please start again.</source>
        <translation>The time to set a new password is over. Please start again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This password cannot be used. Please choose another one.</source>
        <translation>This password cannot be used. Please choose another one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consent text has changed. Please read it and agree again.</source>
        <translation>The consent text has changed. Please read it and agree again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account is blocked.</source>
        <translation>The account is blocked.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some fields are not filled in right. Please check them.</source>
        <translation>Some fields are not filled in right. Please check them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request is no longer known to the service. Please start again.</source>
        <translation>This request is no longer known to the service. Please start again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session has ended. Please sign in again.</source>
        <translation>The session has ended. Please sign in again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service could not do this: %1</source>
        <translation>The service could not do this: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service could not do this. Please try again or call support.</source>
        <translation>The service could not do this. Please try again or call support.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please fill in this field.</source>
        <translation>Please fill in this field.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This does not look like an e-mail address (like name@mail.ru).</source>
        <translation>This does not look like an e-mail address (like name@mail.ru).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This does not look like a phone number (like 8 914 123-45-67).</source>
        <translation>This does not look like a phone number (like 8 914 123-45-67).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code comes by SMS: please enter a mobile number.</source>
        <translation>The code comes by SMS: please enter a mobile number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account number has digits only; it is printed on your bill.</source>
        <translation>The account number has digits only; it is printed on your bill.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code cannot be sent this way now. Please choose the other way.</source>
        <translation>The code cannot be sent this way now. Please choose the other way.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code has a different number of digits. Please check it.</source>
        <translation>The code has a different number of digits. Please check it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code has digits only. You may also paste the whole link from the message.</source>
        <translation>The code has digits only. You may also paste the whole link from the message.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This link cannot be read. Copy the whole link from the message, or type the code.</source>
        <translation>This link cannot be read. Copy the whole link from the message, or type the code.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This link is from an earlier request. Please use the newest message.</source>
        <translation>This link is from an earlier request. Please use the newest message.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Digits only, please (spaces and dashes are fine).</source>
        <translation>Digits only, please (spaces and dashes are fine).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please agree to the processing of personal data to go on.</source>
        <translation>Please agree to the processing of personal data to go on.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please choose one of the accounts in the list.</source>
        <translation>Please choose one of the accounts in the list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is too short.</source>
        <translation>The password is too short.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is too long.</source>
        <translation>The password is too long.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password must not be the same as the login.</source>
        <translation>The password must not be the same as the login.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check this field.</source>
        <translation>Please check this field.</translation>
    </message>
</context>
<context>
    <name>RecoveryWizard</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/recovery_wizard.py" line="+110"/>
        <location line="+7"/>
        <location line="+13"/>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Start again from the beginning?</source>
        <translation>Start again from the beginning?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed on these pages will be cleared, and a code already sent will no longer be needed.</source>
        <translation>What you typed on these pages will be cleared, and a code already sent will no longer be needed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stay here</source>
        <translation>Stay here</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt; Back</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear everything and go back to the sign-in page</source>
        <translation>Clear everything and go back to the sign-in page</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/main_window.py" line="+114"/>
        <source>DEK: access to your personal account</source>
        <translation>DEK: access to your personal account</translation>
    </message>
</context>
<context>
    <name>SupportLine</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/support_line.py" line="+48"/>
        <source>Support: %1, hours %2 (%3)</source>
        <translation>Support: %1, hours %2 (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Support: %1, from %2 to %3 your time</source>
        <translation>Support: %1, from %2 to %3 your time</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Support phone and hours</source>
        <translation>Support phone and hours</translation>
    </message>
</context>
<context>
    <name>TrustBanner</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/trust_banner.py" line="+31"/>
        <source>Attention: this app is connected to %1, not to DEK&apos;s official server. Do not type your password unless DEK told you to use this address.</source>
        <translation>Attention: this app is connected to %1, not to DEK&apos;s official server. Do not type your password unless DEK told you to use this address.</translation>
    </message>
</context>
</TS>
