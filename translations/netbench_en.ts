<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>The oldest %n record(s) are no longer kept (Preferences: recorder size); the calls among them are missing.</source>
        <translation>
            <numerusform>The oldest %n record is no longer kept (Preferences: recorder size); the calls among them are missing.</numerusform>
            <numerusform>The oldest %n records are no longer kept (Preferences: recorder size); the calls among them are missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StdioMode</name>
    <message numerus="yes">
        <source>at least %1 byte(s) of standard input were not delivered: %2</source>
        <translation>
            <numerusform>at least %1 byte of standard input was not delivered: %2</numerusform>
            <numerusform>at least %1 bytes of standard input were not delivered: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::EndpointTreeModel</name>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::EventStreamWidget</name>
    <message numerus="yes">
        <source>%n line(s) could not be read:</source>
        <translation>
            <numerusform>%n line could not be read:</numerusform>
            <numerusform>%n lines could not be read:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::InspectorWidget</name>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>yes, first probe after %n s idle</source>
        <translation>
            <numerusform>yes, first probe after %n s idle</numerusform>
            <numerusform>yes, first probe after %n s idle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::LessonPanel</name>
    <message numerus="yes">
        <source>%n step(s). Press Start to run the lesson.</source>
        <translation>
            <numerusform>%n step. Press Start to run the lesson.</numerusform>
            <numerusform>%n steps. Press Start to run the lesson.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::MainWindow</name>
    <message numerus="yes">
        <source>%n line(s) could not be read:</source>
        <translation>
            <numerusform>%n line could not be read:</numerusform>
            <numerusform>%n lines could not be read:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n listener(s)</source>
        <translation>
            <numerusform>Opened %1: %n listener</numerusform>
            <numerusform>Opened %1: %n listeners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n client(s)</source>
        <translation>
            <numerusform>, %n client</numerusform>
            <numerusform>, %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n relay(s)</source>
        <translation>
            <numerusform>, %n relay</numerusform>
            <numerusform>, %n relays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is open, but %n thing(s) in it could not be used as saved:</source>
        <translation>
            <numerusform>%1 is open, but %n thing in it could not be used as saved:</numerusform>
            <numerusform>%1 is open, but %n things in it could not be used as saved:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A script is running and %n endpoint(s) are open. Close them and quit?</source>
        <translation>
            <numerusform>A script is running and %n endpoint is open. Close them and quit?</numerusform>
            <numerusform>A script is running and %n endpoints are open. Close them and quit?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) are still open. Close them and quit?</source>
        <translation>
            <numerusform>%n endpoint is still open. Close them and quit?</numerusform>
            <numerusform>%n endpoints are still open. Close them and quit?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::ReplyRulesField</name>
    <message numerus="yes">
        <source>%n rule(s), %1 on</source>
        <translation>
            <numerusform>%n rule, %1 on</numerusform>
            <numerusform>%n rules, %1 on</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::SavedMessagesWidget</name>
    <message numerus="yes">
        <source>%1: %n entry(s) without a name, a known kind or a content could not be read. They stay in the file as they are.</source>
        <translation>
            <numerusform>%1: %n entry without a name, a known kind or a content could not be read. It stays in the file as it is.</numerusform>
            <numerusform>%1: %n entries without a name, a known kind or a content could not be read. They stay in the file as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s) without a name, a known kind or a content could not be read and were not imported.</source>
        <translation>
            <numerusform>%1: %n entry without a name, a known kind or a content could not be read and was not imported.</numerusform>
            <numerusform>%1: %n entries without a name, a known kind or a content could not be read and were not imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lesson::Runner</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>session::Workspace</name>
    <message numerus="yes">
        <source>the Unix socket path is longer than %n byte(s)</source>
        <translation>
            <numerusform>the Unix socket path is longer than %n byte</numerusform>
            <numerusform>the Unix socket path is longer than %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved message(s) without a name, a known kind or a content could not be read</source>
        <translation>
            <numerusform>%n saved message without a name, a known kind or a content could not be read</numerusform>
            <numerusform>%n saved messages without a name, a known kind or a content could not be read</numerusform>
        </translation>
    </message>
</context>
</TS>
