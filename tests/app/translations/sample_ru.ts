<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>SampleLoginPage</name>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>Забыли пароль?</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
</context>
<context>
    <name>SampleForgotPage</name>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Forgot password</source>
        <translation>Восстановление пароля</translation>
    </message>
</context>
<context>
    <name>SampleSupportPage</name>
    <message>
        <source>Support</source>
        <translation>Поддержка</translation>
    </message>
</context>
</TS>
