<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountChoicePage</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/account_choice_page.py" line="+42"/>
        <source>Choose the account</source>
        <translation>Choose the account</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Account %1</source>
        <translation>Account %1</translation>
    </message>
    <message>
        <location filename="../../ui/account_choice_page.ui" line="+29"/>
        <source>Several accounts are linked to this e-mail or phone.</source>
        <translation>Several accounts are linked to this e-mail or phone.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the account whose password you want to change: *</source>
        <translation>Choose the account whose password you want to change: *</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Forgot your account number? This list reminds you of your accounts: the last digits of each number and its address. The full number is printed on every bill, and you can sign in with it.</source>
        <translation>Forgot your account number? This list reminds you of your accounts: the last digits of each number and its address. The full number is printed on every bill, and you can sign in with it.</translation>
    </message>
</context>
<context>
    <name>ApplicationProblemTexts</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/application_problem_texts.py" line="+34"/>
        <source>The application saved on this computer cannot be continued here any more. If a service centre gave you a number and PIN, open it with them; otherwise please start a new application.</source>
        <translation>The application saved on this computer cannot be continued here any more. If a service centre gave you a number and PIN, open it with them; otherwise please start a new application.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A prepared document could not be read. Press “Try again”.</source>
        <translation>A prepared document could not be read. Press “Try again”.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The number or the PIN is not right. %n attempt(s) left.</source>
        <translation>
            <numerusform>The number or the PIN is not right. %n attempt left.</numerusform>
            <numerusform>The number or the PIN is not right. %n attempts left.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The number or the PIN is not right.</source>
        <translation>The number or the PIN is not right.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not every document has arrived: %1 missing. Add it, send it and submit again.</source>
        <translation>Not every document has arrived: %1 missing. Add it, send it and submit again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This application takes no more documents. Press “Check the status” to see why.</source>
        <translation>This application takes no more documents. Press “Check the status” to see why.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A document is too big for the service. Take out pages that are not needed.</source>
        <translation>A document is too big for the service. Take out pages that are not needed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service did not take a document. Please call support.</source>
        <translation>The service did not take a document. Please call support.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This application cannot be opened from here any more. Please call support and tell them its number.</source>
        <translation>This application cannot be opened from here any more. Please call support and tell them its number.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Please write your full name as in the passport.</source>
        <translation>Please write your full name as in the passport.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name is too long.</source>
        <translation>The name is too long.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please give an e-mail or a mobile phone we can write to.</source>
        <translation>Please give an e-mail or a mobile phone we can write to.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please type the application number.</source>
        <translation>Please type the application number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An application number looks like 2026-000123.</source>
        <translation>An application number looks like 2026-000123.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PIN has 6 digits.</source>
        <translation>The PIN has 6 digits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please add at least one document first.</source>
        <translation>Please add at least one document first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please wait a moment: the files are still being checked.</source>
        <translation>Please wait a moment: the files are still being checked.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The PIN was entered wrong too many times. Please try again in %n hour(s).</source>
        <translation>
            <numerusform>The PIN was entered wrong too many times. Please try again in %n hour.</numerusform>
            <numerusform>The PIN was entered wrong too many times. Please try again in %n hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The PIN was entered wrong too many times. Please try again in %n minute(s).</source>
        <translation>
            <numerusform>The PIN was entered wrong too many times. Please try again in %n minute.</numerusform>
            <numerusform>The PIN was entered wrong too many times. Please try again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplicationStatusView</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/application_status_view.py" line="+42"/>
        <source>Add the documents</source>
        <translation>Add the documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send what the reviewer asked for and submit the application again</source>
        <translation>Send what the reviewer asked for and submit the application again</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore access with a code</source>
        <translation>Restore access with a code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code comes to the contact given in the application</source>
        <translation>The code comes to the contact given in the application</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact support</source>
        <translation>Contact support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They will explain the decision and what to do next</source>
        <translation>They will explain the decision and what to do next</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Application No. %1</source>
        <translation>Application No. %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last change on %1 at %2</source>
        <translation>Last change on %1 at %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reviewer&apos;s comment: %1</source>
        <translation>The reviewer&apos;s comment: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to do now. When the reviewer decides, we write to the contact of the application; you can also check here.</source>
        <translation>Nothing to do now. When the reviewer decides, we write to the contact of the application; you can also check here.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please add %1, send it and submit the application again.</source>
        <translation>Please add %1, send it and submit the application again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the documents, send them and submit the application.</source>
        <translation>Add the documents, send them and submit the application.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is now the confirmed contact of your account. Restore access with a code sent to it: the old password is not needed.</source>
        <translation>%1 is now the confirmed contact of your account. Restore access with a code sent to it: the old password is not needed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The contact given in the application is now the confirmed contact of your account. Restore access with a code sent to it.</source>
        <translation>The contact given in the application is now the confirmed contact of your account. Restore access with a code sent to it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The documents could not confirm who you are. Please contact support: they will tell you why and what to do.</source>
        <translation>The documents could not confirm who you are. Please contact support: they will tell you why and what to do.</translation>
    </message>
</context>
<context>
    <name>ApplicationTexts</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/application_texts.py" line="+25"/>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INN (taxpayer number)</source>
        <translation>INN (taxpayer number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNILS (insurance number)</source>
        <translation>SNILS (insurance number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other papers</source>
        <translation>Other papers</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the passport</source>
        <translation>the passport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the INN</source>
        <translation>the INN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the SNILS</source>
        <translation>the SNILS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the other papers</source>
        <translation>the other papers</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Two pages: the main spread with the photo, and the page with the registration.</source>
        <translation>Two pages: the main spread with the photo, and the page with the registration.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate, or any paper with your taxpayer number.</source>
        <translation>The certificate, or any paper with your taxpayer number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The green card or the notice with the insurance number.</source>
        <translation>The green card or the notice with the insurance number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If needed: a power of attorney, a marriage certificate after a change of name.</source>
        <translation>If needed: a power of attorney, a marriage certificate after a change of name.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No access to the e-mail and phone of the account</source>
        <translation>No access to the e-mail and phone of the account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account is blocked</source>
        <translation>The account is blocked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another reason</source>
        <translation>Another reason</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not submitted yet: documents are being added</source>
        <translation>Not submitted yet: documents are being added</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submitted: waiting for a reviewer</source>
        <translation>Submitted: waiting for a reviewer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reviewer is checking it</source>
        <translation>A reviewer is checking it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More documents are needed</source>
        <translation>More documents are needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlockedPage</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/blocked_page.py" line="+53"/>
        <source>The account is blocked</source>
        <translation>The account is blocked</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in again</source>
        <translation>Sign in again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the time is up, sign in with your password as usual</source>
        <translation>When the time is up, sign in with your password as usual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore access with a code</source>
        <translation>Restore access with a code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A code comes to your e-mail or phone; the old password is not needed</source>
        <translation>A code comes to your e-mail or phone; the old password is not needed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send scans of your documents</source>
        <translation>Send scans of your documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A passport and other papers: we check them and give access back</source>
        <translation>A passport and other papers: we check them and give access back</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact support</source>
        <translation>Contact support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call, write, or send a request from this app</source>
        <translation>Call, write, or send a request from this app</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The lock is over: you can sign in again.</source>
        <translation>The lock is over: you can sign in again.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Signing in opens again on %1 at %2 (%n min left).</source>
        <translation>
            <numerusform>Signing in opens again on %1 at %2 (%n minute left).</numerusform>
            <numerusform>Signing in opens again on %1 at %2 (%n minutes left).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The time is up: sign in with your password as usual</source>
        <translation>The time is up: sign in with your password as usual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available once the time is up</source>
        <translation>Available once the time is up</translation>
    </message>
    <message>
        <location filename="../../ui/blocked_page.ui" line="+50"/>
        <source>What you can do:</source>
        <translation>What you can do:</translation>
    </message>
</context>
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
    <name>CaptchaBox</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/captcha_box.py" line="+54"/>
        <source>Picture with digits</source>
        <translation>Picture with digits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you cannot read it, press “Show another picture” or call us.</source>
        <translation>If you cannot read it, press “Show another picture” or call us.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The digits of a new picture may be easier to read</source>
        <translation>The digits of a new picture may be easier to read</translation>
    </message>
    <message>
        <source>The digits of the new picture are easier to read</source>
        <translation type="vanished">The digits of the new picture are easier to read</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read it? Call us: the phone number is at the foot of the window.</source>
        <translation>Cannot read it? Call us: the phone number is at the foot of the window.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read it? Call us: %1</source>
        <translation>Cannot read it? Call us: %1</translation>
    </message>
</context>
<context>
    <name>ChromeBar</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/chrome_bar.py" line="+57"/>
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
    <name>CodePage</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/code_page.py" line="+81"/>
        <source>Confirmation code</source>
        <translation>Confirmation code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows what to do when the message has not arrived</source>
        <translation>Shows what to do when the message has not arrived</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>The code is not right. %n attempt(s) left.</source>
        <translation>
            <numerusform>The code is not right. %n attempt left.</numerusform>
            <numerusform>The code is not right. %n attempts left.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+126"/>
        <source>The code has expired.</source>
        <translation>The code has expired.</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>The code was typed wrong too many times, so it no longer works.</source>
        <translation>The code was typed wrong too many times, so it no longer works.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The code has %n digit(s). Please check it, or paste the whole link.</source>
        <translation>
            <numerusform>The code has %n digit. Please check it, or paste the whole link.</numerusform>
            <numerusform>The code has %n digits. Please check it, or paste the whole link.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Use the code from the newest message, sent %1.</source>
        <translation>Use the code from the newest message, sent %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>We sent a new code by SMS to %1.</source>
        <translation>We sent a new code by SMS to %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We sent a new code to the e-mail %1.</source>
        <translation>We sent a new code to the e-mail %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>We sent the code by SMS to %1 %2.</source>
        <translation>We sent the code by SMS to %1 %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We sent the code to the e-mail %1 %2.</source>
        <translation>We sent the code to the e-mail %1 %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n digit(s). Spaces do not matter.</source>
        <translation>
            <numerusform>%n digit. Spaces do not matter.</numerusform>
            <numerusform>%n digits. Spaces do not matter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n digit(s). You may also paste the whole link from the e-mail.</source>
        <translation>
            <numerusform>%n digit. You may also paste the whole link from the e-mail.</numerusform>
            <numerusform>%n digits. You may also paste the whole link from the e-mail.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>• A message can take a few minutes to arrive.</source>
        <translation>• A message can take a few minutes to arrive.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• Check that the phone is on and has a signal.</source>
        <translation>• Check that the phone is on and has a signal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• Check the number: %1. If it is wrong, press “Back” and fix it.</source>
        <translation>• Check the number: %1. If it is wrong, press “Back” and fix it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• Look in the Spam folder of your mailbox.</source>
        <translation>• Look in the Spam folder of your mailbox.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• Check the address: %1. If it is wrong, press “Back” and fix it.</source>
        <translation>• Check the address: %1. If it is wrong, press “Back” and fix it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>• Or get the code another way:</source>
        <translation>• Or get the code another way:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get the code by SMS instead</source>
        <translation>Get the code by SMS instead</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get the code by e-mail instead</source>
        <translation>Get the code by e-mail instead</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This code no longer works.</source>
        <translation>This code no longer works.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send the code again — in %1</source>
        <translation>Send the code again — in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the code again</source>
        <translation>Send the code again</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>The code is valid for %n more minute(s).</source>
        <translation>
            <numerusform>The code is valid for %n more minute.</numerusform>
            <numerusform>The code is valid for %n more minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code is valid for less than a minute.</source>
        <translation>The code is valid for less than a minute.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A new code</source>
        <translation>A new code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again and ask for a new code?</source>
        <translation>Start again and ask for a new code?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You will go back to the request page with the address or phone already filled in; press “Get the code” there.</source>
        <translation>You will go back to the request page with the address or phone already filled in; press “Get the code” there.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay here</source>
        <translation>Stay here</translation>
    </message>
    <message>
        <location filename="../../ui/code_page.ui" line="+32"/>
        <source>Your request is accepted.</source>
        <translation>Your request is accepted.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Code from the message *</source>
        <translation>Code from the message *</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Did the code not come?</source>
        <translation>Did the code not come?</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>This code can no longer be used. Ask for a new one: you will not need to type the address or phone again.</source>
        <translation>This code can no longer be used. Ask for a new one: you will not need to type the address or phone again.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Get a new code</source>
        <translation>Get a new code</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Do not tell this code to anyone. DEK staff never ask for it.</source>
        <translation>Do not tell this code to anyone. DEK staff never ask for it.</translation>
    </message>
</context>
<context>
    <name>DemoInbox</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/demo_inbox.py" line="+45"/>
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
        <location line="+75"/>
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
        <location line="+109"/>
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
        <location line="+2"/>
        <source>E-mail and phone</source>
        <translation>E-mail and phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>What it shows</source>
        <translation>What it shows</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Answers to the identity questions of account %1: %2</source>
        <translation>Answers to the identity questions of account %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application from a service centre: number %1, PIN %2</source>
        <translation>Application from a service centre: number %1, PIN %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The code %1 is copied.</source>
        <translation>The code %1 is copied.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../../src/dek_desktop/desktop_app.py" line="+130"/>
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
        <location line="+103"/>
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
    <name>DocumentSlotView</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/document_slot_view.py" line="+187"/>
        <source>Add files…</source>
        <extracomment>Thumbnails in lines of text, so they grow with the window&apos;s zoom.</extracomment>
        <translation>Add files…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add files: %1</source>
        <translation>Add files: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moves the chosen page one place up</source>
        <translation>Moves the chosen page one place up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moves the chosen page one place down</source>
        <translation>Moves the chosen page one place down</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes the chosen page out; it can be put back</source>
        <translation>Takes the chosen page out; it can be put back</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pages: %1</source>
        <translation>Pages: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>✓ Sent: the service has it.</source>
        <translation>✓ Sent: the service has it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reviewer asked for this document again.</source>
        <translation>The reviewer asked for this document again.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1, page %2 of %3</source>
        <translation>%1, page %2 of %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to send</source>
        <translation>Ready to send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converted to a picture the service takes</source>
        <translation>Converted to a picture the service takes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot be sent: %1</source>
        <translation>Cannot be sent: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>If you have no access to your e-mail and phone, or the account is blocked, send photos or scans of your documents. We check them and give the access back.</source>
        <translation type="vanished">If you have no access to your e-mail and phone, or the account is blocked, send photos or scans of your documents. We check them and give the access back.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_page.ui" line="+81"/>
        <source>What you will need</source>
        <translation>What you will need</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>How to photograph the documents</source>
        <translation>How to photograph the documents</translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="vanished">Next</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Consent to the processing of personal data</source>
        <translation>Consent to the processing of personal data</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scans of documents are personal data. We may receive them only with your consent (Federal Law No. 152-FZ). Please read it:</source>
        <translation>Scans of documents are personal data. We may receive them only with your consent (Federal Law No. 152-FZ). Please read it:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>I have read the text and agree to the processing of my personal data *</source>
        <translation>I have read the text and agree to the processing of my personal data *</translation>
    </message>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/documents_page.py" line="+176"/>
        <source>Access by documents</source>
        <extracomment>Every file dialog and print dialog the page opens (tests and kiosk scripts answer them).</extracomment>
        <translation>Access by documents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Passport&lt;/b&gt;: the main spread with the photo and the page with the registration.</source>
        <translation>&lt;b&gt;Passport&lt;/b&gt;: the main spread with the photo and the page with the registration.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;INN&lt;/b&gt;: the certificate with your taxpayer number.</source>
        <translation>&lt;b&gt;INN&lt;/b&gt;: the certificate with your taxpayer number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;SNILS&lt;/b&gt;: the green card or the notice with the number.</source>
        <translation>&lt;b&gt;SNILS&lt;/b&gt;: the green card or the notice with the number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Other papers&lt;/b&gt;, if needed: a power of attorney when you apply for someone else, a marriage certificate after a change of name.</source>
        <translation>&lt;b&gt;Other papers&lt;/b&gt;, if needed: a power of attorney when you apply for someone else, a marriage certificate after a change of name.</translation>
    </message>
    <message>
        <source>Put the document flat on a table, in good daylight.</source>
        <translation type="vanished">Put the document flat on a table, in good daylight.</translation>
    </message>
    <message>
        <source>The whole page must be in the photo, all four corners.</source>
        <translation type="vanished">The whole page must be in the photo, all four corners.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No glare or shadows: do not use the flash.</source>
        <translation>No glare or shadows: do not use the flash.</translation>
    </message>
    <message>
        <source>Phone photos, scans and PDF files all fit: the app turns, shrinks and joins them into one file per document by itself.</source>
        <translation type="vanished">Phone photos, scans and PDF files all fit: the app turns, shrinks and joins them into one file per document by itself.</translation>
    </message>
    <message>
        <source>Add the documents</source>
        <translation type="vanished">Add the documents</translation>
    </message>
    <message>
        <source>Send what the reviewer asked for and submit the application again</source>
        <translation type="vanished">Send what the reviewer asked for and submit the application again</translation>
    </message>
    <message>
        <source>Restore access with a code</source>
        <translation type="vanished">Restore access with a code</translation>
    </message>
    <message>
        <source>The code comes to the contact given in the application</source>
        <translation type="vanished">The code comes to the contact given in the application</translation>
    </message>
    <message>
        <source>Contact support</source>
        <translation type="vanished">Contact support</translation>
    </message>
    <message>
        <source>They will explain the decision and what to do next</source>
        <translation type="vanished">They will explain the decision and what to do next</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Six digits from the service centre</source>
        <translation>Six digits from the service centre</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Photos or scans: %1</source>
        <translation>Photos or scans: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Photos, scans and PDF (%1)</source>
        <translation>Photos, scans and PDF (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+8"/>
        <source>Cancel the application</source>
        <translation>Cancel the application</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Cancel application No. %1 on this computer?</source>
        <translation>Cancel application No. %1 on this computer?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chosen files stay where they are; what was prepared from them is deleted, and the application is no longer continued here.</source>
        <translation>The chosen files stay where they are; what was prepared from them is deleted, and the application is no longer continued here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+88"/>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation type="vanished">Save the receipt</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="vanished">PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt %1.pdf</source>
        <translation type="vanished">Receipt %1.pdf</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="vanished">Receipt %1</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Application No. %1 was submitted from this computer. See its status?</source>
        <translation>Application No. %1 was submitted from this computer. See its status?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application No. %1 was being sent when the app closed. Continue sending?</source>
        <translation>Application No. %1 was being sent when the app closed. Continue sending?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application No. %1 is not finished. Continue with it?</source>
        <translation>Application No. %1 is not finished. Continue with it?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/documents_page.ui" line="+40"/>
        <source>Your application</source>
        <translation>Your application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Consent version %1</source>
        <translation>Consent version %1</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Open the application</source>
        <translation>Open the application</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Use a scanner or a phone camera: every field of the document must be clearly visible and not distorted.</source>
        <translation>Use a scanner or a phone camera: every field of the document must be clearly visible and not distorted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put the document flat, in good daylight; the whole page must be in the photo, all four corners.</source>
        <translation>Put the document flat, in good daylight; the whole page must be in the photo, all four corners.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF, JPEG and PNG files fit; photos from an iPhone (HEIC) and other pictures are converted by the app, which also turns, shrinks and joins them into one file per document.</source>
        <translation>PDF, JPEG and PNG files fit; photos from an iPhone (HEIC) and other pictures are converted by the app, which also turns, shrinks and joins them into one file per document.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Create the application</source>
        <translation>Create the application</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>Application number %1</source>
        <translation>Application number %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is your application from last time: its files are checked again, and what was being sent goes on from where it stopped.</source>
        <translation>This is your application from last time: its files are checked again, and what was being sent goes on from where it stopped.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Still needed: %1. Add it, send it and submit the application.</source>
        <translation>Still needed: %1. Add it, send it and submit the application.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>«%1» was taken out.</source>
        <translation>«%1» was taken out.</translation>
    </message>
    <message>
        <source>How much is sent</source>
        <translation type="vanished">How much is sent</translation>
    </message>
    <message>
        <source>Preparing the documents for sending… %1 %</source>
        <translation type="vanished">Preparing the documents for sending… %1 %</translation>
    </message>
    <message>
        <source>The connection is lost. Sending goes on by itself as soon as it is back (%1 of %2 sent).</source>
        <translation type="vanished">The connection is lost. Sending goes on by itself as soon as it is back (%1 of %2 sent).</translation>
    </message>
    <message>
        <source>Sending %1: %2 of %3</source>
        <translation type="vanished">Sending %1: %2 of %3</translation>
    </message>
    <message>
        <source>Paused: %1 of %2 sent. “Continue sending” goes on from there.</source>
        <translation type="vanished">Paused: %1 of %2 sent. “Continue sending” goes on from there.</translation>
    </message>
    <message>
        <source>Sending stopped: %1 of %2 sent.</source>
        <translation type="vanished">Sending stopped: %1 of %2 sent.</translation>
    </message>
    <message>
        <source>All documents are sent. Now submit the application.</source>
        <translation type="vanished">All documents are sent. Now submit the application.</translation>
    </message>
    <message>
        <source>The service received:</source>
        <translation type="vanished">The service received:</translation>
    </message>
    <message>
        <source>Checksums (SHA-256) the service computed for what it received:</source>
        <translation type="vanished">Checksums (SHA-256) the service computed for what it received:</translation>
    </message>
    <message>
        <source>A reviewer will check the documents and write to %1. You can also check the status here at any time.</source>
        <translation type="vanished">A reviewer will check the documents and write to %1. You can also check the status here at any time.</translation>
    </message>
    <message>
        <source>A reviewer will check the documents and write to the contact of the application. You can also check the status here at any time.</source>
        <translation type="vanished">A reviewer will check the documents and write to the contact of the application. You can also check the status here at any time.</translation>
    </message>
    <message>
        <source>Application No. %1</source>
        <translation type="vanished">Application No. %1</translation>
    </message>
    <message>
        <source>Last change on %1 at %2</source>
        <translation type="vanished">Last change on %1 at %2</translation>
    </message>
    <message>
        <source>The reviewer&apos;s comment: %1</source>
        <translation type="vanished">The reviewer&apos;s comment: %1</translation>
    </message>
    <message>
        <source>Nothing to do now. When the reviewer decides, we write to the contact of the application; you can also check here.</source>
        <translation type="vanished">Nothing to do now. When the reviewer decides, we write to the contact of the application; you can also check here.</translation>
    </message>
    <message>
        <source>Please add %1, send it and submit the application again.</source>
        <translation type="vanished">Please add %1, send it and submit the application again.</translation>
    </message>
    <message>
        <source>Add the documents, send them and submit the application.</source>
        <translation type="vanished">Add the documents, send them and submit the application.</translation>
    </message>
    <message>
        <source>%1 is now the confirmed contact of your account. Restore access with a code sent to it: the old password is not needed.</source>
        <translation type="vanished">%1 is now the confirmed contact of your account. Restore access with a code sent to it: the old password is not needed.</translation>
    </message>
    <message>
        <source>The contact given in the application is now the confirmed contact of your account. Restore access with a code sent to it.</source>
        <translation type="vanished">The contact given in the application is now the confirmed contact of your account. Restore access with a code sent to it.</translation>
    </message>
    <message>
        <source>The documents could not confirm who you are. Please contact support: they will tell you why and what to do.</source>
        <translation type="vanished">The documents could not confirm who you are. Please contact support: they will tell you why and what to do.</translation>
    </message>
    <message>
        <source>The application saved on this computer cannot be continued here any more. If a service centre gave you a number and PIN, open it with them; otherwise please start a new application.</source>
        <translation type="vanished">The application saved on this computer cannot be continued here any more. If a service centre gave you a number and PIN, open it with them; otherwise please start a new application.</translation>
    </message>
    <message>
        <source>A prepared document could not be read. Press “Try again”.</source>
        <translation type="vanished">A prepared document could not be read. Press “Try again”.</translation>
    </message>
    <message numerus="yes">
        <source>The number or the PIN is not right. %n attempt(s) left.</source>
        <translation type="vanished">
            <numerusform>The number or the PIN is not right. %n attempt left.</numerusform>
            <numerusform>The number or the PIN is not right. %n attempts left.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number or the PIN is not right.</source>
        <translation type="vanished">The number or the PIN is not right.</translation>
    </message>
    <message>
        <source>Not every document has arrived: %1 missing. Add it, send it and submit again.</source>
        <translation type="vanished">Not every document has arrived: %1 missing. Add it, send it and submit again.</translation>
    </message>
    <message>
        <source>This application takes no more documents. Press “Check the status” to see why.</source>
        <translation type="vanished">This application takes no more documents. Press “Check the status” to see why.</translation>
    </message>
    <message>
        <source>A document is too big for the service. Take out pages that are not needed.</source>
        <translation type="vanished">A document is too big for the service. Take out pages that are not needed.</translation>
    </message>
    <message>
        <source>The service did not take a document. Please call support.</source>
        <translation type="vanished">The service did not take a document. Please call support.</translation>
    </message>
    <message>
        <source>This application cannot be opened from here any more. Please call support and tell them its number.</source>
        <translation type="vanished">This application cannot be opened from here any more. Please call support and tell them its number.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN was entered wrong too many times. Please try again in %n hour(s).</source>
        <translation type="vanished">
            <numerusform>The PIN was entered wrong too many times. Please try again in %n hour.</numerusform>
            <numerusform>The PIN was entered wrong too many times. Please try again in %n hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN was entered wrong too many times. Please try again in %n minute(s).</source>
        <translation type="vanished">
            <numerusform>The PIN was entered wrong too many times. Please try again in %n minute.</numerusform>
            <numerusform>The PIN was entered wrong too many times. Please try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please write your full name as in the passport.</source>
        <translation type="vanished">Please write your full name as in the passport.</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation type="vanished">The name is too long.</translation>
    </message>
    <message>
        <source>Please give an e-mail or a mobile phone we can write to.</source>
        <translation type="vanished">Please give an e-mail or a mobile phone we can write to.</translation>
    </message>
    <message>
        <source>Please type the application number.</source>
        <translation type="vanished">Please type the application number.</translation>
    </message>
    <message>
        <source>An application number looks like 2026-000123.</source>
        <translation type="vanished">An application number looks like 2026-000123.</translation>
    </message>
    <message>
        <source>The PIN has 6 digits.</source>
        <translation type="vanished">The PIN has 6 digits.</translation>
    </message>
    <message>
        <source>Please add at least one document first.</source>
        <translation type="vanished">Please add at least one document first.</translation>
    </message>
    <message>
        <source>Please wait a moment: the files are still being checked.</source>
        <translation type="vanished">Please wait a moment: the files are still being checked.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_page.ui" line="-146"/>
        <source>If you have no access to your e-mail and phone, or the account is blocked, send scans or photos of your documents: we check them and give the access back. First make sure you have everything that is needed.</source>
        <translation>If you have no access to your e-mail and phone, or the account is blocked, send scans or photos of your documents: we check them and give the access back. First make sure you have everything that is needed.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Back to what you will need</source>
        <translation>Back to what you will need</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Create a new application</source>
        <translation>Create a new application</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>I have an application number and PIN from a service centre</source>
        <translation>I have an application number and PIN from a service centre</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Full name *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>E-mail or mobile phone *</source>
        <translation>E-mail or mobile phone *</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A new one you can use now: we will write to it about the application, and once it is approved, it becomes the contact of your account.</source>
        <translation>A new one you can use now: we will write to it about the application, and once it is approved, it becomes the contact of your account.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Application number *</source>
        <translation>Application number *</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PIN (6 digits) *</source>
        <translation>PIN (6 digits) *</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Both are printed on the slip you got at the service centre.</source>
        <translation>Both are printed on the slip you got at the service centre.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Back to the consent</source>
        <translation>Back to the consent</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="vanished">Consent</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+259"/>
        <source>Application number:</source>
        <translation>Application number:</translation>
    </message>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/documents_page.py" line="-20"/>
        <location filename="../../ui/documents_page.ui" line="-242"/>
        <location line="+331"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/documents_page.ui" line="-311"/>
        <source>Write the number down: it is how support finds your application.</source>
        <translation>Write the number down: it is how support finds your application.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add the photos or scans for each document (* is required). You can also drag files onto this window.</source>
        <translation>Add the photos or scans for each document (* is required). You can also drag files onto this window.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Continue sending</source>
        <translation>Continue sending</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Look at everything in one file</source>
        <translation>Look at everything in one file</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cancel this application</source>
        <translation>Cancel this application</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Send the documents</source>
        <translation>Send the documents</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Submit the application</source>
        <translation>Submit the application</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The application is submitted</source>
        <translation>The application is submitted</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/documents_page.py" line="-226"/>
        <source>Check the status</source>
        <translation>Check the status</translation>
    </message>
    <message>
        <location filename="../../ui/documents_page.ui" line="+99"/>
        <source>The receipt</source>
        <translation>The receipt</translation>
    </message>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/documents_page.py" line="+2"/>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/done_page.py" line="+32"/>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign in with the new password</source>
        <translation>Sign in with the new password</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The new password is saved on this computer, in the system&apos;s storage.</source>
        <translation>The new password is saved on this computer, in the system&apos;s storage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password could not be saved on this computer. Please write it down.</source>
        <translation>The password could not be saved on this computer. Please write it down.</translation>
    </message>
    <message>
        <location filename="../../ui/done_page.ui" line="+12"/>
        <source>A message about the change went to each of your contacts: to your e-mail and by SMS to your phone. If it was not you who changed the password, please call support right away.</source>
        <translation>A message about the change went to each of your contacts: to your e-mail and by SMS to your phone. If it was not you who changed the password, please call support right away.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Now sign in to your personal account with your login and the new password.</source>
        <translation>Now sign in to your personal account with your login and the new password.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your login</source>
        <translation>Your login</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/flow_page.py" line="+290"/>
        <source>Try again</source>
        <extracomment>Which step of the flow this page shows; also gives its objectName. ui/&lt;form_name&gt;.ui is loaded as the page&apos;s content; None: build `self.content` in code. The flow&apos;s field names (`recovery.Field` values) -&gt; objectNames of the widgets that take them: an input issue about a field puts the focus there and describes it. True: the content takes the page&apos;s spare height (a list); False: the problem and busy lines sit right under the form and the spare height stays below.</extracomment>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the same request once more</source>
        <translation>Send the same request once more</translation>
    </message>
</context>
<context>
    <name>ForgotPage</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/forgot_page.py" line="+80"/>
        <source>Password recovery</source>
        <extracomment>The login page&apos;s picture of a bill, the account number framed (resources/images).</extracomment>
        <translation>Password recovery</translation>
    </message>
    <message>
        <source>Picture with digits</source>
        <translation type="vanished">Picture with digits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sample bill: the account number is at the top, framed in red</source>
        <translation>A sample bill: the account number is at the top, framed in red</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows where the account number is printed on the bill</source>
        <translation>Shows where the account number is printed on the bill</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Get the code</source>
        <translation>Get the code</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Please type the digits from the picture and press “Get the code” again.</source>
        <translation>Please type the digits from the picture and press “Get the code” again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The digits were not right. Here is a new picture: please type its digits.</source>
        <translation>The digits were not right. Here is a new picture: please type its digits.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Mobile phone number *</source>
        <translation>Mobile phone number *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: 8 914 123-45-67 or +7 914 123-45-67</source>
        <translation>For example: 8 914 123-45-67 or +7 914 123-45-67</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail address *</source>
        <translation>E-mail address *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: name@mail.ru</source>
        <translation>For example: name@mail.ru</translation>
    </message>
    <message>
        <location filename="../../ui/forgot_page.ui" line="+42"/>
        <source>The old password is not needed.</source>
        <translation>The old password is not needed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>We will send a confirmation code to the e-mail or mobile phone that is linked to your account. With the code you will set a new password.</source>
        <translation>We will send a confirmation code to the e-mail or mobile phone that is linked to your account. With the code you will set a new password.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How should we send the code? *</source>
        <translation>How should we send the code? *</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>By e-mail</source>
        <translation>By e-mail</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>By SMS to a mobile phone</source>
        <translation>By SMS to a mobile phone</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Account number (if you know it)</source>
        <translation>Account number (if you know it)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Where do I find it?</source>
        <translation>Where do I find it?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not required. It helps when several accounts share one e-mail or phone.</source>
        <translation>Not required. It helps when several accounts share one e-mail or phone.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The account number (лицевой счёт) is printed at the top of every electricity bill, next to your name and address. It has digits only.</source>
        <translation>The account number (лицевой счёт) is printed at the top of every electricity bill, next to your name and address. It has digits only.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Show another picture</source>
        <translation>Show another picture</translation>
    </message>
    <message>
        <source>One more check</source>
        <translation type="vanished">One more check</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Codes for this address were asked for several times. Please type the digits from the picture, so we know a person is asking.</source>
        <translation>Codes for this address were asked for several times. Please type the digits from the picture, so we know a person is asking.</translation>
    </message>
    <message>
        <source>Show other digits</source>
        <translation type="vanished">Show other digits</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Digits from the picture *</source>
        <translation>Digits from the picture *</translation>
    </message>
    <message>
        <source>Cannot read it? Call us</source>
        <translation type="vanished">Cannot read it? Call us</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Fields marked with * must be filled in.</source>
        <translation>Fields marked with * must be filled in.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/identity_page.py" line="+71"/>
        <source>A few questions</source>
        <extracomment>How many lines of the consent show at once (it scrolls), so it grows with the zoom.</extracomment>
        <translation>A few questions</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>The answers do not match what DEK knows. Please check them. %n attempt(s) left.</source>
        <translation>
            <numerusform>The answers do not match what DEK knows. Please check them. %n attempt left.</numerusform>
            <numerusform>The answers do not match what DEK knows. Please check them. %n attempts left.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The consent text has just changed. Please read the new text and tick the box again.</source>
        <translation>The consent text has just changed. Please read the new text and tick the box again.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Please read the consent (version %1):</source>
        <translation>Please read the consent (version %1):</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Digits only; spaces and dashes are fine.</source>
        <translation>Digits only; spaces and dashes are fine.</translation>
    </message>
    <message>
        <location filename="../../ui/identity_page.ui" line="+20"/>
        <source>To make sure it is you, please answer a few questions.</source>
        <translation>To make sure it is you, please answer a few questions.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This protects your account from strangers. Your answers are only compared with what DEK already knows.</source>
        <translation>This protects your account from strangers. Your answers are only compared with what DEK already knows.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First: your consent</source>
        <translation>First: your consent</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>I agree to the processing of my personal data *</source>
        <translation>I agree to the processing of my personal data *</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Then: your answers</source>
        <translation>Then: your answers</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fields marked with * must be filled in.</source>
        <translation>Fields marked with * must be filled in.</translation>
    </message>
</context>
<context>
    <name>LocalTimes</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/local_times.py" line="+19"/>
        <source>at %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on %1 at %2</source>
        <translation>on %1 at %2</translation>
    </message>
</context>
<context>
    <name>LockReasons</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/lock_reason_texts.py" line="+13"/>
        <source>Too many failed sign-in attempts</source>
        <translation>Too many failed sign-in attempts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sign-ins for a long time</source>
        <translation>No sign-ins for a long time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rules of the service were broken</source>
        <translation>The rules of the service were broken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else may be using the account</source>
        <translation>Someone else may be using the account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspicious activity or attempts to break in</source>
        <translation>Suspicious activity or attempts to break in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safety rules were broken while restoring the password</source>
        <translation>Safety rules were broken while restoring the password</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account is blocked</source>
        <translation>The account is blocked</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The login or password was typed wrong several times in a row, so signing in is closed for a while to protect the account. You can wait, or restore access now with a code: the old password is not needed.</source>
        <translation>The login or password was typed wrong several times in a row, so signing in is closed for a while to protect the account. You can wait, or restore access now with a code: the old password is not needed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody has signed in to this account for a very long time, so it was blocked to protect it. Restore access with a code sent to your e-mail or phone.</source>
        <translation>Nobody has signed in to this account for a very long time, so it was blocked to protect it. Restore access with a code sent to your e-mail or phone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account was blocked because the rules of using the service were broken. Only the support service can tell you more and unblock it.</source>
        <translation>The account was blocked because the rules of using the service were broken. Only the support service can tell you more and unblock it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>We suspect that someone else got into the account or is using it. To protect you, access comes back only after your identity documents are checked, or through the support service.</source>
        <translation>We suspect that someone else got into the account or is using it. To protect you, access comes back only after your identity documents are checked, or through the support service.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>We saw suspicious activity or attempts to break into the account. To protect you, access comes back only after your identity documents are checked, or through the support service.</source>
        <translation>We saw suspicious activity or attempts to break into the account. To protect you, access comes back only after your identity documents are checked, or through the support service.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>While the password was being restored, the safety rules were not kept. Only the support service can check what happened and unblock the account.</source>
        <translation>While the password was being restored, the safety rules were not kept. Only the support service can check what happened and unblock the account.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account is blocked. The support service will tell you why and what to do.</source>
        <translation>The account is blocked. The support service will tell you why and what to do.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/login_page.py" line="+144"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Get a code by e-mail or SMS and set a new password</source>
        <translation>Get a code by e-mail or SMS and set a new password</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Personal account sign-in</source>
        <translation>Personal account sign-in</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore access by sending scans of your documents</source>
        <translation>Restore access by sending scans of your documents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your login is remembered anyway; tick to keep the password too</source>
        <translation>Your login is remembered anyway; tick to keep the password too</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>To protect your account, please also type the digits from the picture and press “Sign in” again.</source>
        <translation>To protect your account, please also type the digits from the picture and press “Sign in” again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The digits did not match the picture. Here is a new picture: please type its digits.</source>
        <translation>The digits did not match the picture. Here is a new picture: please type its digits.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please type the digits from the picture.</source>
        <translation>Please type the digits from the picture.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Getting a new picture…</source>
        <translation>Getting a new picture…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Wrong login or password.</source>
        <translation>Wrong login or password.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n attempt(s) left.</source>
        <translation>
            <numerusform>%n attempt left.</numerusform>
            <numerusform>%n attempts left.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the keyboard language and that Caps Lock is off. Not sure of the password? Press “Forgot your password?”.</source>
        <translation>Check the keyboard language and that Caps Lock is off. Not sure of the password? Press “Forgot your password?”.</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation type="vanished">Did you mean: %1?</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Puts this login into the field</source>
        <translation>Puts this login into the field</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The login has Russian letters. Perhaps the keyboard is set to Russian: switch it to English (the letters next to the field show EN) and type the login again.</source>
        <translation>The login has Russian letters. Perhaps the keyboard is set to Russian: switch it to English (the letters next to the field show EN) and type the login again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The password is being typed in Russian letters. If your password is in English letters, switch the keyboard to English (the letters next to the field show EN).</source>
        <translation>The password is being typed in Russian letters. If your password is in English letters, switch the keyboard to English (the letters next to the field show EN).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard language: %1</source>
        <translation>Keyboard language: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the password</source>
        <translation>Hide the password</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the password</source>
        <translation>Show the password</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sample DEK bill</source>
        <translation>Sample DEK bill</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At the top of the bill, under the DEK name: “Лицевой счёт: 100 200 301”, framed in red. Your bill shows your own number there.</source>
        <translation>At the top of the bill, under the DEK name: “Лицевой счёт: 100 200 301”, framed in red. Your bill shows your own number there.</translation>
    </message>
    <message>
        <source>Sign in to your personal account.</source>
        <translation type="vanished">Sign in to your personal account.</translation>
    </message>
    <message>
        <source>Fields marked with * must be filled in.</source>
        <translation type="vanished">Fields marked with * must be filled in.</translation>
    </message>
    <message>
        <location filename="../../ui/login_page.ui" line="+47"/>
        <source>Fields marked * must be filled in.</source>
        <translation>Fields marked * must be filled in.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Account number, e-mail or phone *</source>
        <translation>Account number, e-mail or phone *</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>For example: 100 200 301, name@mail.ru or 8 914 123-45-67</source>
        <translation>For example: 100 200 301, name@mail.ru or 8 914 123-45-67</translation>
    </message>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/login_page.py" line="-78"/>
        <location filename="../../ui/login_page.ui" line="+47"/>
        <source>Did you mean:</source>
        <translation>Did you mean:</translation>
    </message>
    <message>
        <location filename="../../ui/login_page.ui" line="+35"/>
        <source>Where do I find my account number?</source>
        <translation>Where do I find my account number?</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The account number is printed at the top of every DEK bill, after the words «Лицевой счёт». It has digits only. On this sample bill it is framed in red.</source>
        <translation>The account number is printed at the top of every DEK bill, after the words «Лицевой счёт». It has digits only. On this sample bill it is framed in red.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hide the sample bill</source>
        <translation>Hide the sample bill</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Password *</source>
        <translation>Password *</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Caps Lock is on: letters are typed as CAPITALS. Press the Caps Lock key to turn it off.</source>
        <translation>Caps Lock is on: letters are typed as CAPITALS. Press the Caps Lock key to turn it off.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Remember the password on this computer</source>
        <translation>Remember the password on this computer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This computer cannot keep passwords safely, so it will not remember them.</source>
        <translation>This computer cannot keep passwords safely, so it will not remember them.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>To protect your account, please type the digits you see in the picture.</source>
        <translation>To protect your account, please type the digits you see in the picture.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show another picture</source>
        <translation>Show another picture</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Digits from the picture *</source>
        <translation>Digits from the picture *</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Forgot your password?</source>
        <translation>Forgot your password?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No access to my e-mail and phone</source>
        <translation>No access to my e-mail and phone</translation>
    </message>
</context>
<context>
    <name>NewPasswordPage</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/new_password_page.py" line="+103"/>
        <source>Create a new password</source>
        <extracomment>The reset window&apos;s warning comes this many seconds before its end.</extracomment>
        <translation>Create a new password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for a new code to change the password</source>
        <translation>Ask for a new code to change the password</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>The password is too short: it needs at least %n character(s).</source>
        <translation>
            <numerusform>The password is too short: it needs at least %n character.</numerusform>
            <numerusform>The password is too short: it needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The password is too long: it may have at most %n character(s).</source>
        <translation>
            <numerusform>The password is too long: it may have at most %n character.</numerusform>
            <numerusform>The password is too long: it may have at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password must not be your login: not the account number, e-mail or phone.</source>
        <translation>The password must not be your login: not the account number, e-mail or phone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is the password you have now. Please think of a new one.</source>
        <translation>This is the password you have now. Please think of a new one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Very many people use this password, so it is tried first. Please think of another one: for example, three or four words that do not go together.</source>
        <translation>Very many people use this password, so it is tried first. Please think of another one: for example, three or four words that do not go together.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passwords are not the same. Please type them again.</source>
        <translation>The two passwords are not the same. Please type them again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service did not accept this password. Please think of another one.</source>
        <translation>The service did not accept this password. Please think of another one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Show the new password</source>
        <translation>Show the new password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the new password</source>
        <translation>Hide the new password</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the repeated password</source>
        <translation>Show the repeated password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the repeated password</source>
        <translation>Hide the repeated password</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new password is for the account %1 (%2).</source>
        <translation>The new password is for the account %1 (%2).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>From %1 to %2 characters (typed: %3)</source>
        <translation>From %1 to %2 characters (typed: %3)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not one of the most common passwords (like «qwerty» or «пароль»)</source>
        <translation>Not one of the most common passwords (like «qwerty» or «пароль»)</translation>
    </message>
    <message>
        <source>From %1 to %2 characters long (typed: %3)</source>
        <translation type="vanished">From %1 to %2 characters long (typed: %3)</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Not your login (the account number, e-mail or phone)</source>
        <translation>Not your login (the account number, e-mail or phone)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not the password you had before (the service checks this)</source>
        <translation>Not the password you had before (the service checks this)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The same in both fields</source>
        <translation>The same in both fields</translation>
    </message>
    <message>
        <source>Not a password many people use (like «qwerty» or «пароль»)</source>
        <translation type="vanished">Not a password many people use (like «qwerty» or «пароль»)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet: %1</source>
        <translation>Not yet: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The time to change the password is over. Please start again: we will send a new code.</source>
        <translation>The time to change the password is over. Please start again: we will send a new code.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Only %n min left to change the password (until %1). After that a new code will be needed.</source>
        <translation>
            <numerusform>Only %n minute left to change the password (until %1). After that a new code will be needed.</numerusform>
            <numerusform>Only %n minutes left to change the password (until %1). After that a new code will be needed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n min left to change the password (until %1).</source>
        <translation>
            <numerusform>%n minute left to change the password (until %1).</numerusform>
            <numerusform>%n minutes left to change the password (until %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/new_password_page.ui" line="+23"/>
        <source>Come up with a new password and type it twice: the second time makes sure there is no typo. The old password is not needed.</source>
        <translation>Come up with a new password and type it twice: the second time makes sure there is no typo. The old password is not needed.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>New password *</source>
        <translation>New password *</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Repeat the new password *</source>
        <translation>Repeat the new password *</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Requirements for the new password:</source>
        <translation>Requirements for the new password:</translation>
    </message>
    <message>
        <source>The new password must be:</source>
        <translation type="vanished">The new password must be:</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Fields marked * must be filled in.</source>
        <translation>Fields marked * must be filled in.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Save the new password on this computer, in the system&apos;s password storage</source>
        <translation>Save the new password on this computer, in the system&apos;s password storage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the new password down and keep it in a safe place, so that the same trouble does not happen again.</source>
        <translation>Write the new password down and keep it in a safe place, so that the same trouble does not happen again.</translation>
    </message>
</context>
<context>
    <name>PasswordAdvice</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/password_advice_texts.py" line="+17"/>
        <source>Strength: weak</source>
        <translation>Strength: weak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength: fair</source>
        <translation>Strength: fair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength: good</source>
        <translation>Strength: good</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: strong</source>
        <translation>Strength: strong</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keys in a row (like «qwerty» or «12345») are guessed first.</source>
        <translation>Keys in a row (like «qwerty» or «12345») are guessed first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Short patterns on the keyboard are easy to guess.</source>
        <translation>Short patterns on the keyboard are easy to guess.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same letter or digit over and over (like «aaa») is easy to guess.</source>
        <translation>The same letter or digit over and over (like «aaa») is easy to guess.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A piece repeated (like «abcabc») is hardly safer than the piece alone.</source>
        <translation>A piece repeated (like «abcabc») is hardly safer than the piece alone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs like «abc» or «6543» are easy to guess.</source>
        <translation>Runs like «abc» or «6543» are easy to guess.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent years are easy to guess.</source>
        <translation>Recent years are easy to guess.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates are often easy to guess.</source>
        <translation>Dates are often easy to guess.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is one of the ten most used passwords in the world.</source>
        <translation>This is one of the ten most used passwords in the world.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is one of the hundred most used passwords in the world.</source>
        <translation>This is one of the hundred most used passwords in the world.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Very many people use this password.</source>
        <translation>Very many people use this password.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is close to a password that many people use.</source>
        <translation>This is close to a password that many people use.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A single word on its own is easy to guess.</source>
        <translation>A single word on its own is easy to guess.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A name or surname on its own is easy to guess.</source>
        <translation>A name or surname on its own is easy to guess.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Common names and surnames are easy to guess.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take a few words that do not go together; avoid well-known phrases.</source>
        <translation>Take a few words that do not go together; avoid well-known phrases.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Special signs, digits and capital letters are not needed.</source>
        <translation>Special signs, digits and capital letters are not needed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a word or two more; unusual words are better.</source>
        <translation>Add a word or two more; unusual words are better.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you use a pattern on the keyboard, make it longer, with more turns.</source>
        <translation>If you use a pattern on the keyboard, make it longer, with more turns.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avoid repeating words and characters.</source>
        <translation>Avoid repeating words and characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avoid runs of letters or digits in order.</source>
        <translation>Avoid runs of letters or digits in order.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avoid recent years.</source>
        <translation>Avoid recent years.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid years that have to do with you (a birth year, for example).</source>
        <translation>Avoid years that have to do with you (a birth year, for example).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avoid dates and years that have to do with you (birthdays, for example).</source>
        <translation>Avoid dates and years that have to do with you (birthdays, for example).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A capital first letter helps very little.</source>
        <translation>A capital first letter helps very little.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All capital letters are almost as easy to guess as all small ones.</source>
        <translation>All capital letters are almost as easy to guess as all small ones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A word written backwards is hardly harder to guess.</source>
        <translation>A word written backwards is hardly harder to guess.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Swaps everybody knows (like «@» for «a») help very little.</source>
        <translation>Swaps everybody knows (like «@» for «a») help very little.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A password of three or four unrelated words is easy to remember and hard to guess.</source>
        <translation>A password of three or four unrelated words is easy to remember and hard to guess.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This looks like a common Russian word typed with the English layout on (like «gfhjkm» for «пароль»). Such passwords are tried first.</source>
        <translation>This looks like a common Russian word typed with the English layout on (like «gfhjkm» for «пароль»). Such passwords are tried first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These are keys in a row (like «йцукен» or «qwerty»). Such passwords are tried first.</source>
        <translation>These are keys in a row (like «йцукен» or «qwerty»). Such passwords are tried first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a word many people in Russia use as a password. Such passwords are tried first.</source>
        <translation>This is a word many people in Russia use as a password. Such passwords are tried first.</translation>
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
    <name>ReceiptDocument</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/receipt_document.py" line="+23"/>
        <source>Submitted on %1 at %2</source>
        <translation>Submitted on %1 at %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+24"/>
        <source>DEK: application for access to the personal account</source>
        <translation>DEK: application for access to the personal account</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>Application number: %1</source>
        <translation>Application number: %1</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+30"/>
        <source>Documents received:</source>
        <translation>Documents received:</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep this receipt. Tell the number to support when you ask about the application.</source>
        <translation>Keep this receipt. Tell the number to support when you ask about the application.</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/receipt_view.py" line="+68"/>
        <source>The service received:</source>
        <translation>The service received:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checksums (SHA-256) the service computed for what it received:</source>
        <translation>Checksums (SHA-256) the service computed for what it received:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A reviewer will check the documents and write to %1. You can also check the status here at any time.</source>
        <translation>A reviewer will check the documents and write to %1. You can also check the status here at any time.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A reviewer will check the documents and write to the contact of the application. You can also check the status here at any time.</source>
        <translation>A reviewer will check the documents and write to the contact of the application. You can also check the status here at any time.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save the receipt</source>
        <translation>Save the receipt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt %1.pdf</source>
        <translation>Receipt %1.pdf</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
</context>
<context>
    <name>RecoveryWizard</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/recovery_wizard.py" line="+114"/>
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
        <location filename="../../src/dek_desktop/wizard/main_window.py" line="+126"/>
        <source>DEK: access to your personal account</source>
        <translation>DEK: access to your personal account</translation>
    </message>
</context>
<context>
    <name>SignedInPage</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/signed_in_page.py" line="+45"/>
        <source>You are signed in</source>
        <translation>You are signed in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the personal account on this computer</source>
        <translation>Leave the personal account on this computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the e-mail and phone for codes and change them if needed</source>
        <translation>Check the e-mail and phone for codes and change them if needed</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Signing out…</source>
        <translation>Signing out…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hello, %1!</source>
        <translation>Hello, %1!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hello!</source>
        <translation>Hello!</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are in your personal account, account number %1.</source>
        <translation>You are in your personal account, account number %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They have not been confirmed yet.</source>
        <translation>They have not been confirmed yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last confirmed on %1.</source>
        <translation>Last confirmed on %1.</translation>
    </message>
    <message>
        <location filename="../../ui/signed_in_page.ui" line="+80"/>
        <source>Where we send codes to restore access</source>
        <translation>Where we send codes to restore access</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Keep your e-mail and phone up to date: then you can always restore access to your personal account if the password is forgotten.</source>
        <translation>Keep your e-mail and phone up to date: then you can always restore access to your personal account if the password is forgotten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Update my e-mail and phone</source>
        <translation>Update my e-mail and phone</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>SupportLine</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/support_line.py" line="+51"/>
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
    <name>SupportPage</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/support_page.py" line="+85"/>
        <source>Support</source>
        <extracomment>The URL a contact button opens (a dynamic property: tests and QA scripts read it).</extracomment>
        <translation>Support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the request number</source>
        <translation>Copy the request number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number is copied.</source>
        <translation>The number is copied.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write another request</source>
        <translation>Write another request</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Call this number</source>
        <translation>Call this number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an e-mail to this address</source>
        <translation>Write an e-mail to this address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the support website</source>
        <translation>Open the support website</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What you wrote is kept: press “Try again” to send it.</source>
        <translation>What you wrote is kept: press “Try again” to send it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send the request</source>
        <translation>Send the request</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Hours: %1 (%2)</source>
        <translation>Hours: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open from %1 to %2, your time</source>
        <translation>Open from %1 to %2, your time</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Hide the details</source>
        <translation>Hide the details</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the request sends about the app</source>
        <translation>What the request sends about the app</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App version: %1</source>
        <translation>App version: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System: %1</source>
        <translation>System: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page: %1</source>
        <translation>Page: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last problem: %1</source>
        <translation>Last problem: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers of the last requests to the service: %1</source>
        <translation>Numbers of the last requests to the service: %1</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="+16"/>
        <source>If nothing else helped, contact the support service. Tell them everything you know about the trouble: it helps them help you sooner.</source>
        <translation>If nothing else helped, contact the support service. Tell them everything you know about the trouble: it helps them help you sooner.</translation>
    </message>
    <message>
        <source>How to reach support</source>
        <translation type="vanished">How to reach support</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Your request has been received. Its number:</source>
        <translation>Your request has been received. Its number:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Keep this number: name it when you call or write to support, and they will find your request at once.</source>
        <translation>Keep this number: name it when you call or write to support, and they will find your request at once.</translation>
    </message>
    <message>
        <source>Write to us</source>
        <translation type="vanished">Write to us</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Call or write:</source>
        <translation>Call or write:</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Or leave a request here:</source>
        <translation>Or leave a request here:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your name *</source>
        <translation>Your name *</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E-mail or phone for our answer *</source>
        <translation>E-mail or phone for our answer *</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What happened? *</source>
        <translation>What happened? *</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fields marked * must be filled in.</source>
        <translation>Fields marked * must be filled in.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>With the request we also send a few technical details that help find the trouble. Passwords and codes are never sent.</source>
        <translation>With the request we also send a few technical details that help find the trouble. Passwords and codes are never sent.</translation>
    </message>
</context>
<context>
    <name>SupportSubjects</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/support_subjects.py" line="+18"/>
        <source>The account is blocked: %1</source>
        <translation>The account is blocked: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I cannot sign in to my personal account</source>
        <translation>I cannot sign in to my personal account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I cannot ask for a recovery code</source>
        <translation>I cannot ask for a recovery code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code does not come or does not fit</source>
        <translation>The code does not come or does not fit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choosing my account</source>
        <translation>Choosing my account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions to check my identity</source>
        <translation>Questions to check my identity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I cannot set a new password</source>
        <translation>I cannot set a new password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in after changing the password</source>
        <translation>Signing in after changing the password</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>A question about my personal account</source>
        <translation>A question about my personal account</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The account is blocked</source>
        <translation>The account is blocked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring access with documents</source>
        <translation>Restoring access with documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updating my e-mail or phone</source>
        <translation>Updating my e-mail or phone</translation>
    </message>
</context>
<context>
    <name>TrustBanner</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/trust_banner.py" line="+32"/>
        <source>Attention: this app is connected to %1, not to DEK&apos;s official server. Do not type your password unless DEK told you to use this address.</source>
        <translation>Attention: this app is connected to %1, not to DEK&apos;s official server. Do not type your password unless DEK told you to use this address.</translation>
    </message>
</context>
<context>
    <name>UploadProgressView</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/upload_progress_view.py" line="+62"/>
        <source>How much is sent</source>
        <translation>How much is sent</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Preparing the documents for sending… %1 %</source>
        <translation>Preparing the documents for sending… %1 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection is lost. Sending goes on by itself as soon as it is back (%1 of %2 sent).</source>
        <translation>The connection is lost. Sending goes on by itself as soon as it is back (%1 of %2 sent).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sending %1: %2 of %3</source>
        <translation>Sending %1: %2 of %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Paused: %1 of %2 sent. “Continue sending” goes on from there.</source>
        <translation>Paused: %1 of %2 sent. “Continue sending” goes on from there.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sending stopped: %1 of %2 sent.</source>
        <translation>Sending stopped: %1 of %2 sent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All documents are sent. Now submit the application.</source>
        <translation>All documents are sent. Now submit the application.</translation>
    </message>
</context>
</TS>
