<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Cardigan</name>
    <message>
        <location filename="../core/blockscalar.cpp" line="70"/>
        <source>the value is not a block scalar</source>
        <translation>der Wert ist kein Blockskalar</translation>
    </message>
    <message>
        <location filename="../core/blockscalar.cpp" line="116"/>
        <source>the text holds a character (U+%1) that a block scalar cannot hold</source>
        <translation>der Text enthält ein Zeichen (U+%1), das ein Blockskalar nicht enthalten kann</translation>
    </message>
    <message>
        <location filename="../core/blockscalar.cpp" line="150"/>
        <source>the text is indented too deeply for a block scalar</source>
        <translation>der Text ist für einen Blockskalar zu tief eingerückt</translation>
    </message>
    <message>
        <location filename="../core/blockscalar.cpp" line="167"/>
        <source>this text cannot be written in the folded style (&gt;) it had</source>
        <translation>dieser Text lässt sich nicht im bisherigen gefalteten Stil (&gt;) schreiben</translation>
    </message>
    <message>
        <location filename="../core/blockscalar.cpp" line="168"/>
        <source>this text cannot be written in the literal style (|) it had</source>
        <translation>dieser Text lässt sich nicht im bisherigen Literal-Stil (|) schreiben</translation>
    </message>
    <message>
        <location filename="../core/carddocument.cpp" line="273"/>
        <source>the metadata must be a mapping of keys (the Hub refuses a front matter that is a list or a single value); nothing was changed: edit it in the source</source>
        <translation>die Metadaten müssen eine Zuordnung von Schlüsseln sein (der Hub lehnt einen Front-Matter ab, der eine Liste oder ein einzelner Wert ist); nichts wurde geändert: bearbeiten Sie sie im Quelltext</translation>
    </message>
    <message>
        <location filename="../core/carddocument.cpp" line="290"/>
        <source>the edit would break the YAML (%1)</source>
        <translation>die Änderung würde das YAML beschädigen (%1)</translation>
    </message>
    <message>
        <location filename="../core/carddocument.cpp" line="292"/>
        <source>the edit would give YAML that other tools cannot read (%1)</source>
        <translation>die Änderung ergäbe YAML, das andere Werkzeuge nicht lesen können (%1)</translation>
    </message>
    <message>
        <location filename="../core/carddocument.cpp" line="293"/>
        <source>the edit would change more than the value asked for</source>
        <translation>die Änderung würde mehr als den gewünschten Wert ändern</translation>
    </message>
    <message>
        <location filename="../core/carddocument.cpp" line="303"/>
        <source>; nothing was changed: edit it in the source</source>
        <translation>; nichts wurde geändert: bearbeiten Sie es im Quelltext</translation>
    </message>
    <message>
        <location filename="../core/carddocument.cpp" line="315"/>
        <source>&quot;%1&quot; is not a YAML value: %2</source>
        <translation>„%1“ ist kein YAML-Wert: %2</translation>
    </message>
    <message>
        <location filename="../core/carddocument.cpp" line="366"/>
        <location filename="../core/carddocumentgroup.cpp" line="103"/>
        <location filename="../core/carddocumentgroup.cpp" line="113"/>
        <source>the edit does not apply to this metadata</source>
        <translation>die Änderung passt nicht zu diesen Metadaten</translation>
    </message>
    <message>
        <location filename="../core/cardfile.cpp" line="126"/>
        <source>looks like a binary file (NUL byte at offset %1)</source>
        <translation>sieht nach einer Binärdatei aus (NUL-Byte an Position %1)</translation>
    </message>
    <message>
        <location filename="../core/cardfile.cpp" line="129"/>
        <source>not valid UTF-8: byte %1 at offset %2</source>
        <translation>kein gültiges UTF-8: Byte %1 an Position %2</translation>
    </message>
    <message>
        <location filename="../core/cardfile.cpp" line="151"/>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/cardfile.cpp" line="155"/>
        <source>%1 is a folder, not a file</source>
        <translation>%1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location filename="../core/cardfile.cpp" line="160"/>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../core/cardfile.cpp" line="166"/>
        <source>%1 is %2; Cardigan opens cards up to %3</source>
        <translation>%1 ist %2 groß; Cardigan öffnet Karten bis %3</translation>
    </message>
    <message>
        <location filename="../core/cardfile.cpp" line="178"/>
        <location filename="../core/cardfile.cpp" line="185"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/cardfile.cpp" line="192"/>
        <location filename="../core/reposcanner.cpp" line="261"/>
        <location filename="../core/reposcanner.cpp" line="270"/>
        <location filename="../core/reposcanner.cpp" line="289"/>
        <location filename="../core/reposcanner.cpp" line="296"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/cardfile.cpp" line="204"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/catalognames.cpp" line="56"/>
        <source>Multilingual</source>
        <translation>Mehrsprachig</translation>
    </message>
    <message>
        <location filename="../core/catalognames.cpp" line="57"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../core/cli.cpp" line="61"/>
        <source>cardigan: %1: the metadata expands to more than %2 values (aliases)</source>
        <translation>cardigan: %1: die Metadaten ergeben mehr als %2 Werte (Aliase)</translation>
    </message>
    <message>
        <location filename="../core/cli.cpp" line="83"/>
        <location filename="../core/lintcommand.cpp" line="95"/>
        <location filename="../core/rendercommand.cpp" line="178"/>
        <source>cardigan: unknown option %1</source>
        <translation>cardigan: unbekannte Option %1</translation>
    </message>
    <message>
        <location filename="../core/cli.cpp" line="99"/>
        <source>cardigan: &quot;%1&quot; is not PATH=VALUE</source>
        <translation>cardigan: „%1“ ist nicht PATH=VALUE</translation>
    </message>
    <message>
        <location filename="../core/cli.cpp" line="117"/>
        <source>cardigan: %1: %2: refused: %3</source>
        <translation>cardigan: %1: %2: abgelehnt: %3</translation>
    </message>
    <message>
        <location filename="../core/cli.cpp" line="121"/>
        <source>cardigan: %1: %2</source>
        <translation>cardigan: %1: %2</translation>
    </message>
    <message>
        <location filename="../core/cli.cpp" line="151"/>
        <source>usage: cardigan [FILE|FOLDER]                     open the editor
       cardigan --new-from-template               open the editor on a new card with the Hub&apos;s
                                                  recommended sections
       cardigan meta FILE                         print the metadata as JSON
       cardigan set FILE PATH=VALUE... [--stdout] set values
       cardigan unset FILE PATH... [--stdout]     remove keys or items
       cardigan tags DIR [--json]                 what the Hub derives from a repository
       cardigan lint [--format text|json|github] PATH...
                                                  check cards as the Hub would
       cardigan render FILE [-o OUT.html]         the model page as one HTML file
PATH: license, a.b, tags[2], tags[+], widget[0].example_title
VALUE: YAML flow text: mit, [en, fr], {text: hi}</source>
        <translation>Aufruf: cardigan [FILE|FOLDER]                     öffnet den Editor
        cardigan --new-from-template               öffnet den Editor mit einer neuen Karte mit den
                                                   vom Hub empfohlenen Abschnitten
        cardigan meta FILE                         gibt die Metadaten als JSON aus
        cardigan set FILE PATH=VALUE... [--stdout] setzt Werte
        cardigan unset FILE PATH... [--stdout]     entfernt Schlüssel oder Einträge
        cardigan tags DIR [--json]                 was der Hub aus einem Repository ableitet
        cardigan lint [--format text|json|github] PATH...
                                                   prüft Karten wie der Hub
        cardigan render FILE [-o OUT.html]         die Modellseite als eine HTML-Datei
PATH: license, a.b, tags[2], tags[+], widget[0].example_title
VALUE: YAML-Flow-Text: mit, [en, fr], {text: hi}</translation>
    </message>
    <message>
        <location filename="../core/ggufheader.cpp" line="93"/>
        <source>a value is too long to keep</source>
        <translation>ein Wert ist zu lang, um ihn zu behalten</translation>
    </message>
    <message>
        <location filename="../core/ggufheader.cpp" line="100"/>
        <location filename="../core/ggufheader.cpp" line="185"/>
        <source>could not seek to byte %1</source>
        <translation>Byte %1 konnte nicht angesprungen werden</translation>
    </message>
    <message>
        <location filename="../core/ggufheader.cpp" line="161"/>
        <source>the header runs past the end of the file at byte %1 (the file is truncated or the header lies)</source>
        <translation>der Header reicht bei Byte %1 über das Dateiende hinaus (die Datei ist abgeschnitten oder der Header falsch)</translation>
    </message>
    <message>
        <location filename="../core/ggufheader.cpp" line="168"/>
        <source>the header is larger than %1 bytes; the rest was not read</source>
        <translation>der Header ist größer als %1 Bytes; der Rest wurde nicht gelesen</translation>
    </message>
    <message>
        <location filename="../core/ggufheader.cpp" line="192"/>
        <source>could not read the header at byte %1</source>
        <translation>der Header konnte bei Byte %1 nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/ggufheader.cpp" line="308"/>
        <source>not a GGUF file (no GGUF magic)</source>
        <translation>keine GGUF-Datei (keine GGUF-Signatur)</translation>
    </message>
    <message>
        <location filename="../core/ggufheader.cpp" line="311"/>
        <source>unsupported GGUF version %1</source>
        <translation>nicht unterstützte GGUF-Version %1</translation>
    </message>
    <message>
        <location filename="../core/ggufheader.cpp" line="316"/>
        <location filename="../core/ggufheader.cpp" line="322"/>
        <source>the GGUF header is truncated</source>
        <translation>der GGUF-Header ist abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/ggufheader.cpp" line="328"/>
        <source>the GGUF header claims %1 tensors and %2 key/values: the file is damaged</source>
        <translation>der GGUF-Header gibt %1 Tensoren und %2 Schlüssel/Werte an: die Datei ist beschädigt</translation>
    </message>
    <message>
        <location filename="../core/ggufheader.cpp" line="337"/>
        <source>GGUF key/value %1 could not be read</source>
        <translation>GGUF-Schlüssel/Wert %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/ggufheader.cpp" line="343"/>
        <source>GGUF value &quot;%1&quot; (type %2) could not be read</source>
        <translation>GGUF-Wert „%1“ (Typ %2) konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/ggufheader.cpp" line="366"/>
        <source>GGUF tensor info %1 could not be read; the parameter count is unknown</source>
        <translation>GGUF-Tensorinfo %1 konnte nicht gelesen werden; die Parameterzahl ist unbekannt</translation>
    </message>
    <message>
        <location filename="../core/ggufheader.cpp" line="382"/>
        <source>GGUF tensor info %1 has an impossible shape</source>
        <translation>GGUF-Tensorinfo %1 hat eine unmögliche Form</translation>
    </message>
    <message>
        <location filename="../core/ggufheader.cpp" line="390"/>
        <source>GGUF tensor info %1 could not be read</source>
        <translation>GGUF-Tensorinfo %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/hubtags.cpp" line="95"/>
        <source>library_name &quot;%1&quot; is not a library the Hub knows</source>
        <translation>library_name „%1“ ist keine dem Hub bekannte Bibliothek</translation>
    </message>
    <message>
        <location filename="../core/hubtags.cpp" line="119"/>
        <source>library_name comes from config.json only for repositories created before August 2024: set library_name: transformers</source>
        <translation>library_name wird nur bei vor August 2024 angelegten Repositorys aus config.json abgeleitet: setzen Sie library_name: transformers</translation>
    </message>
    <message>
        <location filename="../core/hubtags.cpp" line="132"/>
        <source>pipeline_tag &quot;%1&quot; is not a pipeline type the Hub knows</source>
        <translation>pipeline_tag „%1“ ist kein dem Hub bekannter Pipeline-Typ</translation>
    </message>
    <message>
        <location filename="../core/hubtags.cpp" line="177"/>
        <location filename="../core/hubtags.cpp" line="191"/>
        <source>%1 params</source>
        <translation>%1 Parameter</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/hubtags.cpp" line="182"/>
        <source>%n safetensors file(s) could not be read: the parameter count is partial</source>
        <translation>
            <numerusform>%n safetensors-Datei konnte nicht gelesen werden: die Parameterzahl ist unvollständig</numerusform>
            <numerusform>%n safetensors-Dateien konnten nicht gelesen werden: die Parameterzahl ist unvollständig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/hubtags.cpp" line="261"/>
        <source>repositories created since August 2024 are not recognised as transformers from config.json</source>
        <translation>seit August 2024 angelegte Repositorys werden nicht mehr anhand von config.json als transformers erkannt</translation>
    </message>
    <message>
        <location filename="../core/hubtags.cpp" line="263"/>
        <location filename="../core/hubtags.cpp" line="268"/>
        <source>the Hub infers it from %1</source>
        <translation>der Hub leitet es aus %1 ab</translation>
    </message>
    <message>
        <location filename="../core/hubtags.cpp" line="315"/>
        <location filename="../core/hubtags.cpp" line="330"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/hubtags.cpp" line="317"/>
        <source>explicit (pipeline_tag in the card)</source>
        <translation>explizit (pipeline_tag in der Karte)</translation>
    </message>
    <message>
        <location filename="../core/hubtags.cpp" line="319"/>
        <source>config.json architectures</source>
        <translation>Architekturen in config.json</translation>
    </message>
    <message>
        <location filename="../core/hubtags.cpp" line="321"/>
        <location filename="../core/hubtags.cpp" line="334"/>
        <source>a tag in the card</source>
        <translation>ein Tag in der Karte</translation>
    </message>
    <message>
        <location filename="../core/hubtags.cpp" line="332"/>
        <source>explicit (library_name in the card)</source>
        <translation>explizit (library_name in der Karte)</translation>
    </message>
    <message>
        <location filename="../core/hubtags.cpp" line="336"/>
        <source>the repository&apos;s files</source>
        <translation>die Dateien des Repositorys</translation>
    </message>
    <message>
        <location filename="../core/hubtags.cpp" line="338"/>
        <source>legacy: config.json</source>
        <translation>veraltet: config.json</translation>
    </message>
    <message>
        <location filename="../core/lintcommand.cpp" line="88"/>
        <source>cardigan: --format needs a value: text, json or github</source>
        <translation>cardigan: --format braucht einen Wert: text, json oder github</translation>
    </message>
    <message>
        <location filename="../core/lintcommand.cpp" line="109"/>
        <source>cardigan: unknown format %1 (text, json or github)</source>
        <translation>cardigan: unbekanntes Format %1 (text, json oder github)</translation>
    </message>
    <message>
        <location filename="../core/lintrulesbody.cpp" line="156"/>
        <source>The Hub does not render $...$ as math; write \\(...\\) for inline math.</source>
        <translation>Der Hub stellt $...$ nicht als Mathematik dar; schreiben Sie \\(...\\) für Formeln im Text.</translation>
    </message>
    <message>
        <location filename="../core/lintrulesbody.cpp" line="159"/>
        <source>Write as \\(...\\)</source>
        <translation>Als \\(...\\) schreiben</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="40"/>
        <source>Model details</source>
        <translation>Modelldetails</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="41"/>
        <source>What the model is, who made it, and what it was built from.</source>
        <translation>Was das Modell ist, wer es erstellt hat und woraus es entstanden ist.</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="46"/>
        <source>Uses</source>
        <translation>Verwendung</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="47"/>
        <source>What the model is for, and what it must not be used for.</source>
        <translation>Wofür das Modell gedacht ist und wofür es nicht verwendet werden darf.</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="48"/>
        <source>intended uses</source>
        <translation>vorgesehene Verwendung</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="50"/>
        <source>Bias, risks, and limitations</source>
        <translation>Verzerrungen, Risiken und Einschränkungen</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="51"/>
        <source>Where the model fails or is unfair, so users can judge the risk.</source>
        <translation>Wo das Modell versagt oder unfair ist, damit Nutzer das Risiko einschätzen können.</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="53"/>
        <source>limitations</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="55"/>
        <source>How to get started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="56"/>
        <source>Code that runs is the quickest way to try the model.</source>
        <translation>Lauffähiger Code ist der schnellste Weg, das Modell auszuprobieren.</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="60"/>
        <source>Training details</source>
        <translation>Trainingsdetails</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="61"/>
        <source>The data and procedure behind the model, to understand and reproduce it.</source>
        <translation>Die Daten und das Verfahren hinter dem Modell, um es zu verstehen und nachzubilden.</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="63"/>
        <source>training data</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="65"/>
        <source>Evaluation</source>
        <translation>Evaluierung</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="66"/>
        <source>How well the model works, on which data, by which measure.</source>
        <translation>Wie gut das Modell funktioniert, auf welchen Daten, nach welchem Maß.</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="68"/>
        <source>evaluation</source>
        <translation>Evaluierung</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="71"/>
        <source>Environmental impact</source>
        <translation>Umweltauswirkungen</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="72"/>
        <source>The compute and the carbon emitted to train the model.</source>
        <translation>Der Rechenaufwand und die CO₂-Emissionen für das Training des Modells.</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="74"/>
        <source>Citation</source>
        <translation>Zitation</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="75"/>
        <source>How to credit the model and its authors.</source>
        <translation>Wie das Modell und seine Autoren zu zitieren sind.</translation>
    </message>
    <message>
        <location filename="../core/lintrulesbody.cpp" line="181"/>
        <source>The card has no section about %1 (recommended by the Hub&apos;s model card guide).</source>
        <translation>Die Karte hat keinen Abschnitt über %1 (vom Modellkarten-Leitfaden des Hubs empfohlen).</translation>
    </message>
    <message>
        <location filename="../core/lintrulesdocument.cpp" line="14"/>
        <source>empty or missing yaml metadata in repo card</source>
        <translation>leere oder fehlende YAML-Metadaten in der Repository-Karte</translation>
    </message>
    <message>
        <location filename="../core/lintrulesdocument.cpp" line="46"/>
        <source>Invalid YAML in README.md: %1 (%2:%3)</source>
        <translation>Ungültiges YAML in README.md: %1 (%2:%3)</translation>
    </message>
    <message>
        <location filename="../core/lintrulesdocument.cpp" line="69"/>
        <source>The YAML metadata of your README.md is invalid: the block holds no mapping.</source>
        <translation>Die YAML-Metadaten Ihrer README.md sind ungültig: der Block enthält keine Zuordnung.</translation>
    </message>
    <message>
        <location filename="../core/lintrulesdocument.cpp" line="86"/>
        <source>&quot;value&quot; must be of type object: the metadata must be a mapping of keys to values.</source>
        <translation>„value“ muss vom Typ object sein: die Metadaten müssen Schlüsseln Werte zuordnen.</translation>
    </message>
    <message>
        <location filename="../core/lintrulesdocument.cpp" line="88"/>
        <source>The YAML metadata of your README.md is invalid: it must be a mapping of keys to values.</source>
        <translation>Die YAML-Metadaten Ihrer README.md sind ungültig: sie müssen Schlüsseln Werte zuordnen.</translation>
    </message>
    <message>
        <location filename="../core/lintrulesdocument.cpp" line="101"/>
        <source>The file starts with a byte order mark: huggingface_hub (Python) does not find the metadata behind it. Save the file without a BOM.</source>
        <translation>Die Datei beginnt mit einer Byte-Order-Mark: huggingface_hub (Python) findet die Metadaten dahinter nicht. Speichern Sie die Datei ohne BOM.</translation>
    </message>
    <message>
        <location filename="../core/lintrulesdocument.cpp" line="104"/>
        <source>Remove the byte order mark</source>
        <translation>Byte-Order-Mark entfernen</translation>
    </message>
    <message>
        <location filename="../core/lintrulesdocument.cpp" line="110"/>
        <source>The metadata block opened here is never closed by a &quot;---&quot; line, so the Hub sees no metadata (%1).</source>
        <translation>Der hier geöffnete Metadatenblock wird nie durch eine „---“-Zeile geschlossen, daher sieht der Hub keine Metadaten (%1).</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="100"/>
        <source>&quot;license&quot; must be one of the Hub&apos;s license ids (mit, apache-2.0, other, ...).</source>
        <translation>„license“ muss eine der Lizenz-IDs des Hubs sein (mit, apache-2.0, other, ...).</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="102"/>
        <source>&quot;license&quot; must be one of the Hub&apos;s license ids: did you mean %1?</source>
        <translation>„license“ muss eine der Lizenz-IDs des Hubs sein: meinten Sie %1?</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="105"/>
        <source>%1 is not a license id of the Hub. </source>
        <translation>%1 ist keine Lizenz-ID des Hubs. </translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="110"/>
        <location filename="../core/lintruleskeys.cpp" line="168"/>
        <location filename="../core/lintruleskeys.cpp" line="265"/>
        <location filename="../core/lintruleskeys.cpp" line="278"/>
        <source>Change to %1</source>
        <translation>In %1 ändern</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="127"/>
        <source>&quot;license: other&quot; needs %1: the license&apos;s id and a link to its text (a URL, or LICENSE in the repository).</source>
        <translation>„license: other“ braucht %1: die ID der Lizenz und einen Link zu ihrem Text (eine URL oder LICENSE im Repository).</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="129"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="149"/>
        <source>%1 must only contain lowercase characters.</source>
        <translation>%1 darf nur Kleinbuchstaben enthalten.</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="158"/>
        <source>%1 with value %2 is not valid. It must be an ISO 639-1, 639-2 or 639-3 code, &quot;multilingual&quot; or &quot;code&quot;.</source>
        <translation>%1 mit dem Wert %2 ist ungültig. Es muss ein ISO-639-1-, 639-2- oder 639-3-Code sein, „multilingual“ oder „code“.</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="162"/>
        <location filename="../core/lintruleskeys.cpp" line="273"/>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="185"/>
        <source>%1 must not be empty (null): give a value or remove the key.</source>
        <translation>%1 darf nicht leer (null) sein: geben Sie einen Wert an oder entfernen Sie den Schlüssel.</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="196"/>
        <source>%1 must be a string or a list of strings.</source>
        <translation>%1 muss eine Zeichenkette oder eine Liste von Zeichenketten sein.</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="205"/>
        <source>%1 must not be null.</source>
        <translation>%1 darf nicht null sein.</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="208"/>
        <location filename="../core/lintruleskeys.cpp" line="246"/>
        <source>%1 must be a string.</source>
        <translation>%1 muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="228"/>
        <source>The Hub adds %1 tags itself from the metadata; %2 here is redundant.</source>
        <translation>Der Hub fügt %1-Tags selbst aus den Metadaten hinzu; %2 ist hier überflüssig.</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="230"/>
        <source>Remove the tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="262"/>
        <source>%1 is no longer one of the Hub&apos;s pipeline tags; it became %2.</source>
        <translation>%1 ist kein Pipeline-Tag des Hubs mehr; es wurde zu %2.</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="271"/>
        <source>%1 is not a known %2.</source>
        <translation>%1 ist als %2 unbekannt.</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="291"/>
        <source>&quot;co2_eq_emissions&quot; should be a mapping such as {emissions: 1.23} (grams of CO2).</source>
        <translation>„co2_eq_emissions“ sollte eine Zuordnung wie {emissions: 1.23} sein (Gramm CO2).</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="299"/>
        <source>&quot;co2_eq_emissions.emissions&quot; must be a number (grams of CO2).</source>
        <translation>„co2_eq_emissions.emissions“ muss eine Zahl sein (Gramm CO2).</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="310"/>
        <source>&quot;extra_gated_fields&quot; must be of type object (a mapping of labels to field types).</source>
        <translation>„extra_gated_fields“ muss vom Typ object sein (eine Zuordnung von Beschriftungen zu Feldtypen).</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="332"/>
        <source>pipeline tag</source>
        <translation>Pipeline-Tag</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="334"/>
        <source>library of the Hub</source>
        <translation>Bibliothek des Hubs</translation>
    </message>
    <message>
        <location filename="../core/lintrulesmodelindex.cpp" line="71"/>
        <source>%1 is missing: huggingface_hub cannot read these results without it (Invalid model_index).</source>
        <translation>%1 fehlt: huggingface_hub kann diese Ergebnisse ohne es nicht lesen (Invalid model_index).</translation>
    </message>
    <message>
        <location filename="../core/lintrulesmodelindex.cpp" line="127"/>
        <source>%1 must be an array</source>
        <translation>%1 muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../core/lintrulesmodelindex.cpp" line="137"/>
        <source>%1 must be of type object</source>
        <translation>%1 muss vom Typ object sein</translation>
    </message>
    <message>
        <location filename="../core/lintrulesmodelindex.cpp" line="148"/>
        <source>%1 is required</source>
        <translation>%1 ist erforderlich</translation>
    </message>
    <message>
        <location filename="../core/lintrulesmodelindex.cpp" line="159"/>
        <source>%1 must be a string</source>
        <translation>%1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../core/lintruleswidget.cpp" line="89"/>
        <source>%1 names %2, which is not in the repository.</source>
        <translation>%1 nennt %2, das nicht im Repository liegt.</translation>
    </message>
    <message>
        <location filename="../core/lintruleswidget.cpp" line="98"/>
        <source>%1 must be a mapping (text:, src:, example_title:, ...).</source>
        <translation>%1 muss eine Zuordnung sein (text:, src:, example_title:, ...).</translation>
    </message>
    <message>
        <location filename="../core/lintruleswidget.cpp" line="116"/>
        <source>%1 has no %2, which the %3 widget needs.</source>
        <translation>%1 hat kein %2, das das %3-Widget braucht.</translation>
    </message>
    <message>
        <location filename="../core/lintruleswidget.cpp" line="127"/>
        <source>%1 must be %2 for the %3 widget.</source>
        <translation>%1 muss für das %3-Widget %2 sein.</translation>
    </message>
    <message>
        <location filename="../core/lintruleswidget.cpp" line="147"/>
        <source>&quot;widget&quot; must be a list of examples.</source>
        <translation>„widget“ muss eine Liste von Beispielen sein.</translation>
    </message>
    <message>
        <location filename="../core/lintrulesyaml11.cpp" line="22"/>
        <source>the string %1</source>
        <translation>die Zeichenkette %1</translation>
    </message>
    <message>
        <location filename="../core/lintrulesyaml11.cpp" line="27"/>
        <location filename="../core/yamlsplicer.cpp" line="70"/>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <location filename="../core/lintrulesyaml11.cpp" line="29"/>
        <source>nothing (PyYAML cannot construct &quot;=&quot;)</source>
        <translation>nichts (PyYAML kann „=“ nicht konstruieren)</translation>
    </message>
    <message>
        <location filename="../core/lintrulesyaml11.cpp" line="61"/>
        <source>huggingface_hub (PyYAML) reads %1 as %2, the Hub as %3.</source>
        <translation>huggingface_hub (PyYAML) liest %1 als %2, der Hub als %3.</translation>
    </message>
    <message>
        <location filename="../core/lintrulesyaml11.cpp" line="70"/>
        <source>Quote it: %1</source>
        <translation>In Anführungszeichen setzen: %1</translation>
    </message>
    <message>
        <location filename="../core/lintrulesyaml11.cpp" line="76"/>
        <source>Write it as %1</source>
        <translation>Als %1 schreiben</translation>
    </message>
    <message>
        <location filename="../core/listedits.cpp" line="52"/>
        <location filename="../core/yamlpath.cpp" line="232"/>
        <location filename="../core/yamlsplicermove.cpp" line="49"/>
        <source>%1 is not a list</source>
        <translation>%1 ist keine Liste</translation>
    </message>
    <message>
        <location filename="../core/markdownrenderer.cpp" line="207"/>
        <location filename="../core/markdownrenderer.cpp" line="316"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="28"/>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="29"/>
        <source>Says whether and how others may use the model; the Hub filters by it.</source>
        <translation>Sagt, ob und wie andere das Modell verwenden dürfen; der Hub filtert danach.</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="32"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="33"/>
        <source>Lets people find models for their language.</source>
        <translation>Damit man Modelle für die eigene Sprache findet.</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="34"/>
        <location filename="../core/markdownrenderer.cpp" line="210"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="35"/>
        <source>Picks the code snippet the Hub shows and how downloads are counted.</source>
        <translation>Bestimmt das Code-Beispiel, das der Hub zeigt, und wie Downloads gezählt werden.</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="38"/>
        <source>Pipeline tag</source>
        <translation>Pipeline-Tag</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="39"/>
        <source>The task the model is listed under; it picks the inference widget.</source>
        <translation>Die Aufgabe, unter der das Modell geführt wird; sie bestimmt das Inferenz-Widget.</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="42"/>
        <source>Base model</source>
        <translation>Basismodell</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="43"/>
        <source>Links a fine-tune to the model it was trained from.</source>
        <translation>Verknüpft ein feinabgestimmtes Modell mit dem Modell, aus dem es trainiert wurde.</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="45"/>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="46"/>
        <source>Links the datasets it was trained on; it shows on their pages.</source>
        <translation>Verknüpft die Datensätze, auf denen es trainiert wurde; es erscheint auf deren Seiten.</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="49"/>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="50"/>
        <source>Says how the model was measured.</source>
        <translation>Sagt, wie das Modell gemessen wurde.</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="51"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="52"/>
        <source>Keywords that help people find the model.</source>
        <translation>Schlagwörter, über die man das Modell findet.</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="54"/>
        <source>Results shown on the model page and in leaderboards.</source>
        <translation>Ergebnisse, die auf der Modellseite und in Leaderboards erscheinen.</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="281"/>
        <source>The card already has this section.</source>
        <translation>Die Karte hat diesen Abschnitt schon.</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="282"/>
        <source>There is no recommended section &quot;%1&quot;.</source>
        <translation>Es gibt keinen empfohlenen Abschnitt „%1“.</translation>
    </message>
    <message>
        <location filename="../core/markdownrenderer.cpp" line="213"/>
        <location filename="../core/markdownrenderer.cpp" line="317"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../core/markdownrenderer.cpp" line="216"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../core/markdownrenderer.cpp" line="219"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../core/markdownrenderer.cpp" line="222"/>
        <source>Base model:</source>
        <translation>Basismodell:</translation>
    </message>
    <message>
        <location filename="../core/markdownrenderer.cpp" line="227"/>
        <source>other (%1)</source>
        <translation>andere (%1)</translation>
    </message>
    <message>
        <location filename="../core/markdownrenderer.cpp" line="229"/>
        <source>License:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <location filename="../core/markdownrenderer.cpp" line="300"/>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="53"/>
        <location filename="../core/markdownrenderer.cpp" line="311"/>
        <source>Evaluation results</source>
        <translation>Evaluierungsergebnisse</translation>
    </message>
    <message>
        <location filename="../core/markdownrenderer.cpp" line="317"/>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../core/markdownrenderer.cpp" line="318"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../core/markdownrenderer.cpp" line="319"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../core/markdownrenderer.cpp" line="321"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../core/recoverystore.cpp" line="168"/>
        <source>Cannot write the recovery file %1: %2</source>
        <translation>Die Wiederherstellungsdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/recoverystore.cpp" line="174"/>
        <source>it is in use or its folder cannot be written</source>
        <translation>sie wird verwendet oder ihr Ordner ist nicht beschreibbar</translation>
    </message>
    <message>
        <location filename="../core/recoverystore.cpp" line="265"/>
        <source>Cannot recover %1: %2</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/recoverystore.cpp" line="273"/>
        <location filename="../core/recoverystore.cpp" line="277"/>
        <source>it is damaged or not a recovery file</source>
        <translation>sie ist beschädigt oder keine Wiederherstellungsdatei</translation>
    </message>
    <message>
        <location filename="../core/rendercommand.cpp" line="101"/>
        <source>YAML error at line %1, column %2: %3; the page has no metadata</source>
        <translation>YAML-Fehler in Zeile %1, Spalte %2: %3; die Seite hat keine Metadaten</translation>
    </message>
    <message>
        <location filename="../core/rendercommand.cpp" line="121"/>
        <source>KaTeX not found in %1 (Debian package libjs-katex): math is left as TeX</source>
        <translation>KaTeX nicht in %1 gefunden (Debian-Paket libjs-katex): Formeln bleiben als TeX stehen</translation>
    </message>
    <message>
        <location filename="../core/rendercommand.cpp" line="172"/>
        <source>cardigan: %1 needs a file name</source>
        <translation>cardigan: %1 braucht einen Dateinamen</translation>
    </message>
    <message>
        <location filename="../core/rendercommand.cpp" line="215"/>
        <source>cardigan: %1: cannot write: %2</source>
        <translation>cardigan: %1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../core/reposcan.cpp" line="83"/>
        <source>safetensors index</source>
        <translation>safetensors-Index</translation>
    </message>
    <message>
        <location filename="../core/reposcan.cpp" line="87"/>
        <source>PyTorch index</source>
        <translation>PyTorch-Index</translation>
    </message>
    <message>
        <location filename="../core/reposcanner.cpp" line="66"/>
        <source>%1: the folder cannot be read</source>
        <translation>%1: der Ordner kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/reposcanner.cpp" line="83"/>
        <source>more than %1 files: the listing stops there</source>
        <translation>mehr als %1 Dateien: die Liste endet dort</translation>
    </message>
    <message>
        <location filename="../core/reposcanner.cpp" line="121"/>
        <source>%1: a symbolic link to nothing (%2)</source>
        <translation>%1: ein symbolischer Link ins Leere (%2)</translation>
    </message>
    <message>
        <location filename="../core/reposcanner.cpp" line="126"/>
        <source>%1: a symbolic link out of the repository (%2); not followed</source>
        <translation>%1: ein symbolischer Link aus dem Repository hinaus (%2); nicht verfolgt</translation>
    </message>
    <message>
        <location filename="../core/reposcanner.cpp" line="211"/>
        <source>config.json is not a JSON object of at most %1 bytes</source>
        <translation>config.json ist kein JSON-Objekt von höchstens %1 Bytes</translation>
    </message>
    <message>
        <location filename="../core/reposcanner.cpp" line="240"/>
        <source>%1 names the shard %2, which is not in the repository</source>
        <translation>%1 nennt den Teil %2, der nicht im Repository liegt</translation>
    </message>
    <message>
        <location filename="../core/reposcanner.cpp" line="309"/>
        <source>%1: %2 MB and not tracked by LFS: the Hub refuses files of 10 MB or more outside LFS (git lfs track)</source>
        <translation>%1: %2 MB und nicht von LFS verfolgt: der Hub lehnt Dateien ab 10 MB außerhalb von LFS ab (git lfs track)</translation>
    </message>
    <message>
        <location filename="../core/reposcanner.cpp" line="316"/>
        <source>%1: %2 GB, over 5 GB: pushing it with git needs `huggingface-cli lfs-enable-largefiles .`</source>
        <translation>%1: %2 GB, über 5 GB: zum Pushen mit git ist `huggingface-cli lfs-enable-largefiles .` nötig</translation>
    </message>
    <message>
        <location filename="../core/reposcanner.cpp" line="381"/>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <location filename="../core/reposcanner.cpp" line="385"/>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/reposcanner.cpp" line="414"/>
        <source>no README.md: the repository has no model card</source>
        <translation>keine README.md: das Repository hat keine Modellkarte</translation>
    </message>
    <message>
        <location filename="../core/safetensorsheader.cpp" line="65"/>
        <source>the file is too short for a safetensors header (%1 bytes)</source>
        <translation>die Datei ist zu kurz für einen safetensors-Header (%1 Bytes)</translation>
    </message>
    <message>
        <location filename="../core/safetensorsheader.cpp" line="70"/>
        <source>the safetensors header length could not be read</source>
        <translation>die Länge des safetensors-Headers konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/safetensorsheader.cpp" line="79"/>
        <source>the safetensors header claims %1 bytes, more than the %2 bytes allowed: the file is damaged or not safetensors</source>
        <translation>der safetensors-Header gibt %1 Bytes an, mehr als die erlaubten %2 Bytes: die Datei ist beschädigt oder kein safetensors</translation>
    </message>
    <message>
        <location filename="../core/safetensorsheader.cpp" line="86"/>
        <source>the safetensors header claims %1 bytes but the file has only %2 after the length: the file is truncated</source>
        <translation>der safetensors-Header gibt %1 Bytes an, die Datei hat nach der Länge aber nur %2: die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/safetensorsheader.cpp" line="94"/>
        <source>the safetensors header could not be read in full (%1 of %2 bytes)</source>
        <translation>der safetensors-Header konnte nicht vollständig gelesen werden (%1 von %2 Bytes)</translation>
    </message>
    <message>
        <location filename="../core/safetensorsheader.cpp" line="113"/>
        <source>the safetensors header is not valid JSON (%1 at byte %2)</source>
        <translation>der safetensors-Header ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location filename="../core/safetensorsheader.cpp" line="116"/>
        <source>the safetensors header is not a JSON object</source>
        <translation>der safetensors-Header ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/safetensorsheader.cpp" line="135"/>
        <source>tensor &quot;%1&quot; in the safetensors header lacks a dtype, a shape or two data offsets</source>
        <translation>dem Tensor „%1“ im safetensors-Header fehlt ein dtype, eine shape oder zwei Daten-Offsets</translation>
    </message>
    <message>
        <location filename="../core/safetensorsheader.cpp" line="143"/>
        <source>tensor &quot;%1&quot; has a dimension that is not a non-negative integer</source>
        <translation>der Tensor „%1“ hat eine Dimension, die keine nichtnegative ganze Zahl ist</translation>
    </message>
    <message>
        <location filename="../core/safetensorsheader.cpp" line="149"/>
        <source>tensor &quot;%1&quot; has an impossibly large shape</source>
        <translation>der Tensor „%1“ hat eine unmöglich große Form</translation>
    </message>
    <message>
        <location filename="../core/safetensorsheader.cpp" line="157"/>
        <source>tensor &quot;%1&quot; has data offsets outside the file&apos;s %2 bytes of data: the file is truncated or the header lies</source>
        <translation>der Tensor „%1“ hat Daten-Offsets außerhalb der %2 Datenbytes der Datei: die Datei ist abgeschnitten oder der Header falsch</translation>
    </message>
    <message>
        <location filename="../core/safetensorsheader.cpp" line="164"/>
        <source>tensor &quot;%1&quot;: its shape and dtype %2 need a different number of bytes than its data offsets give (%3)</source>
        <translation>Tensor „%1“: seine Form und sein dtype %2 brauchen eine andere Bytezahl, als seine Daten-Offsets ergeben (%3)</translation>
    </message>
    <message>
        <location filename="../core/safetensorsheader.cpp" line="170"/>
        <source>the safetensors header counts impossibly many parameters</source>
        <translation>der safetensors-Header zählt unmöglich viele Parameter</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="166"/>
        <location filename="../core/tagscommand.cpp" line="174"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="175"/>
        <source>Tags from the card: %1</source>
        <translation>Tags aus der Karte: %1</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="177"/>
        <source>Tags added by the Hub: %1</source>
        <translation>Vom Hub hinzugefügte Tags: %1</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="178"/>
        <source>pipeline_tag: %1</source>
        <translation>pipeline_tag: %1</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="181"/>
        <source>library_name: %1</source>
        <translation>library_name: %1</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="189"/>
        <source>Formats: %1</source>
        <translation>Formate: %1</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="191"/>
        <source>Model size: %1</source>
        <translation>Modellgröße: %1</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="191"/>
        <location filename="../core/tagscommand.cpp" line="199"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="194"/>
        <source>GGUF %1: %2, %3 params, %4</source>
        <translation>GGUF %1: %2, %3 Parameter, %4</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="196"/>
        <source>unknown architecture</source>
        <translation>unbekannte Architektur</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="200"/>
        <source>unknown type</source>
        <translation>unbekannter Typ</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="203"/>
        <source>Files: %1%2, %3 LFS pointer(s), %4 bytes</source>
        <translation>Dateien: %1%2, %3 LFS-Pointer, %4 Bytes</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="205"/>
        <source> (truncated)</source>
        <translation> (gekürzt)</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="209"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="212"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="215"/>
        <source>Suggestion: set %1: %2 (%3)</source>
        <translation>Vorschlag: %1 setzen: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="247"/>
        <source>cardigan: %1: the metadata has a YAML error (%2); card tags are ignored</source>
        <translation>cardigan: %1: die Metadaten haben einen YAML-Fehler (%2); die Tags der Karte werden ignoriert</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="158"/>
        <source>the output is not a list of {%1: string, score: number}</source>
        <translation>die Ausgabe ist keine Liste von {%1: string, score: number}</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="171"/>
        <source>the output is not {answer: string, score: number}</source>
        <translation>die Ausgabe ist nicht {answer: string, score: number}</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="182"/>
        <source>the output is not {%1: string}</source>
        <translation>die Ausgabe ist nicht {%1: string}</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="190"/>
        <source>this widget shows no example output</source>
        <translation>dieses Widget zeigt keine Beispielausgabe</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="434"/>
        <source>Inference Examples</source>
        <translation>Inferenzbeispiele</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="434"/>
        <source>⚡ Inference API</source>
        <translation>⚡ Inference API</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="436"/>
        <source>The card has no pipeline_tag, and none was inferred from the repository: the Hub shows no widget. Set pipeline_tag to the model&apos;s task to get one.</source>
        <translation>Die Karte hat kein pipeline_tag, und aus dem Repository wurde keins abgeleitet: der Hub zeigt kein Widget. Setzen Sie pipeline_tag auf die Aufgabe des Modells, um eines zu erhalten.</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="443"/>
        <source>The Hub has no inference widget for the task &quot;%1&quot;: the model page shows no widget.</source>
        <translation>Der Hub hat kein Inferenz-Widget für die Aufgabe „%1“: die Modellseite zeigt kein Widget.</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="449"/>
        <source>The reinforcement-learning widget plays a replay.mp4 file from the repository: add ./replay.mp4 to display a preview.</source>
        <translation>Das Reinforcement-Learning-Widget spielt eine Datei replay.mp4 aus dem Repository ab: fügen Sie ./replay.mp4 hinzu, um eine Vorschau zu sehen.</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="473"/>
        <source>widget is not a list of examples: the Hub shows none</source>
        <translation>widget ist keine Liste von Beispielen: der Hub zeigt keine</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="484"/>
        <source>widget[%1]</source>
        <translation>widget[%1]</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="485"/>
        <source>default example %1</source>
        <translation>Standardbeispiel %1</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="487"/>
        <source>%1: not a mapping; the Hub skips it</source>
        <translation>%1: keine Zuordnung; der Hub überspringt es</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="492"/>
        <source>%1: no &quot;%2&quot; for the %3 widget; the Hub skips it</source>
        <translation>%1: kein „%2“ für das %3-Widget; der Hub überspringt es</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="501"/>
        <source>%1: %2; the Hub ignores it</source>
        <translation>%1: %2; der Hub ignoriert es</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="508"/>
        <source>Group 1</source>
        <translation>Gruppe 1</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="516"/>
        <source>Example %1</source>
        <translation>Beispiel %1</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="522"/>
        <source>Inference is turned off for this model (inference: false) and no example has an output: the Hub shows no example.</source>
        <translation>Die Inferenz ist für dieses Modell abgeschaltet (inference: false) und kein Beispiel hat eine Ausgabe: der Hub zeigt kein Beispiel.</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="524"/>
        <source>No example to show: the widget opens with empty inputs.</source>
        <translation>Kein Beispiel zum Anzeigen: das Widget öffnet mit leeren Eingaben.</translation>
    </message>
    <message>
        <location filename="../core/widgethtml.cpp" line="56"/>
        <source>%1 (not embedded: only files in the card&apos;s folder are)</source>
        <translation>%1 (nicht eingebettet: das gilt nur für Dateien im Ordner der Karte)</translation>
    </message>
    <message>
        <location filename="../core/widgethtml.cpp" line="87"/>
        <location filename="../core/widgethtml.cpp" line="150"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../core/widgethtml.cpp" line="87"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../core/widgethtml.cpp" line="94"/>
        <source>Possible class names (comma-separated)</source>
        <translation>Mögliche Klassennamen (durch Kommas getrennt)</translation>
    </message>
    <message>
        <location filename="../core/widgethtml.cpp" line="99"/>
        <source>Allow multiple true classes</source>
        <translation>Mehrere zutreffende Klassen erlauben</translation>
    </message>
    <message>
        <location filename="../core/widgethtml.cpp" line="103"/>
        <source>Source Sentence</source>
        <translation>Ausgangssatz</translation>
    </message>
    <message>
        <location filename="../core/widgethtml.cpp" line="146"/>
        <source>Text guidance</source>
        <translation>Textvorgabe</translation>
    </message>
    <message>
        <location filename="../core/widgethtml.cpp" line="170"/>
        <source>No output in the card: the Hub would compute it by running the model.</source>
        <translation>Keine Ausgabe in der Karte: der Hub würde sie durch Ausführen des Modells berechnen.</translation>
    </message>
    <message>
        <location filename="../core/widgethtml.cpp" line="187"/>
        <source>Output image %1 (not embedded: only files in the card&apos;s folder are)</source>
        <translation>Ausgabebild %1 (nicht eingebettet: das gilt nur für Dateien im Ordner der Karte)</translation>
    </message>
    <message>
        <location filename="../core/widgethtml.cpp" line="247"/>
        <source>The card has no widget examples: these are the Hub&apos;s default inputs for &quot;%1&quot;.</source>
        <translation>Die Karte hat keine Widget-Beispiele: dies sind die Standardeingaben des Hubs für „%1“.</translation>
    </message>
    <message>
        <location filename="../core/yamlpath.cpp" line="17"/>
        <source>bad path &quot;%1&quot;: %2</source>
        <translation>ungültiger Pfad „%1“: %2</translation>
    </message>
    <message>
        <location filename="../core/yamlpath.cpp" line="30"/>
        <source>&apos;[&apos; without &apos;]&apos;</source>
        <translation>&apos;[&apos; ohne &apos;]&apos;</translation>
    </message>
    <message>
        <location filename="../core/yamlpath.cpp" line="41"/>
        <source>&apos;%1&apos; is not an index (a number, or + to append)</source>
        <translation>&apos;%1&apos; ist kein Index (eine Zahl oder + zum Anhängen)</translation>
    </message>
    <message>
        <location filename="../core/yamlpath.cpp" line="52"/>
        <location filename="../core/yamlpath.cpp" line="84"/>
        <source>empty key</source>
        <translation>leerer Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/yamlpath.cpp" line="59"/>
        <source>&apos;.&apos; or &apos;[&apos; expected at %1</source>
        <translation>&apos;.&apos; oder &apos;[&apos; erwartet bei %1</translation>
    </message>
    <message>
        <location filename="../core/yamlpath.cpp" line="65"/>
        <source>unclosed quote</source>
        <translation>nicht geschlossenes Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../core/yamlpath.cpp" line="73"/>
        <source>&apos;]&apos; without &apos;[&apos;</source>
        <translation>&apos;]&apos; ohne &apos;[&apos;</translation>
    </message>
    <message>
        <location filename="../core/yamlpath.cpp" line="207"/>
        <source>%1 is not a mapping</source>
        <translation>%1 ist keine Zuordnung</translation>
    </message>
    <message>
        <location filename="../core/yamlpath.cpp" line="208"/>
        <location filename="../core/yamlsplicer.cpp" line="312"/>
        <location filename="../core/yamlsplicermove.cpp" line="29"/>
        <source>the metadata</source>
        <translation>die Metadaten</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/yamlpath.cpp" line="239"/>
        <location filename="../core/yamlsplicer.cpp" line="298"/>
        <source>%1 has %n item(s); index %2 is past the end</source>
        <translation>
            <numerusform>%1 hat %n Eintrag; Index %2 liegt hinter dem Ende</numerusform>
            <numerusform>%1 hat %n Einträge; Index %2 liegt hinter dem Ende</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="60"/>
        <location filename="../core/yamlsplicer.cpp" line="314"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="62"/>
        <location filename="../core/yamlsplicer.cpp" line="313"/>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="64"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="66"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="68"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="72"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="228"/>
        <source>%1 goes through an alias (*%2): edit it in the source</source>
        <translation>%1 läuft über einen Alias (*%2): bearbeiten Sie es im Quelltext</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="246"/>
        <source>%1 comes from a merge key (&lt;&lt;): edit it in the source</source>
        <translation>%1 stammt aus einem Merge-Schlüssel (&lt;&lt;): bearbeiten Sie es im Quelltext</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="266"/>
        <location filename="../core/yamlsplicerremove.cpp" line="17"/>
        <source>no path given</source>
        <translation>kein Pfad angegeben</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="274"/>
        <location filename="../core/yamlsplicermove.cpp" line="34"/>
        <location filename="../core/yamlsplicerremove.cpp" line="23"/>
        <source>the metadata has a YAML error (%1): fix it in the source first</source>
        <translation>die Metadaten haben einen YAML-Fehler (%1): beheben Sie ihn zuerst im Quelltext</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="311"/>
        <source>%1 is %2, not %3</source>
        <translation>%1 ist %2, nicht %3</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="354"/>
        <source>the value is anchored (&amp;%1) and may be used elsewhere: edit it in the source</source>
        <translation>der Wert hat einen Anker (&amp;%1) und wird vielleicht anderswo verwendet: bearbeiten Sie ihn im Quelltext</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="368"/>
        <source>: edit it in the source</source>
        <translation>: bearbeiten Sie es im Quelltext</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="377"/>
        <source>this value is written in a way Cardigan cannot edit safely: edit it in the source</source>
        <translation>dieser Wert ist so geschrieben, dass Cardigan ihn nicht sicher bearbeiten kann: bearbeiten Sie ihn im Quelltext</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="452"/>
        <source>this mapping is written in a way Cardigan cannot extend safely: edit it in the source</source>
        <translation>diese Zuordnung ist so geschrieben, dass Cardigan sie nicht sicher erweitern kann: bearbeiten Sie sie im Quelltext</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="532"/>
        <location filename="../core/yamlsplicer.cpp" line="537"/>
        <source>this list is written in a way Cardigan cannot extend safely: edit it in the source</source>
        <translation>diese Liste ist so geschrieben, dass Cardigan sie nicht sicher erweitern kann: bearbeiten Sie sie im Quelltext</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="550"/>
        <source>this card ends its lines with CR alone, and the Hub finds no metadata in such a file: change its line endings to LF or CRLF first</source>
        <translation>diese Karte beendet ihre Zeilen nur mit CR, und der Hub findet in solchen Dateien keine Metadaten: stellen Sie die Zeilenenden zuerst auf LF oder CRLF um</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicermove.cpp" line="21"/>
        <source>this list is written in a way Cardigan cannot reorder safely: edit it in the source</source>
        <translation>diese Liste ist so geschrieben, dass Cardigan sie nicht sicher umsortieren kann: bearbeiten Sie sie im Quelltext</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicermove.cpp" line="31"/>
        <location filename="../core/yamlsplicermove.cpp" line="42"/>
        <location filename="../core/yamlsplicerremove.cpp" line="15"/>
        <source>%1 is not set</source>
        <translation>%1 ist nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicermove.cpp" line="46"/>
        <source>%1 is an alias (*%2): edit it in the source</source>
        <translation>%1 ist ein Alias (*%2): bearbeiten Sie es im Quelltext</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicermove.cpp" line="52"/>
        <source>the list is anchored (&amp;%1) and may be used elsewhere: edit it in the source</source>
        <translation>die Liste hat einen Anker (&amp;%1) und wird vielleicht anderswo verwendet: bearbeiten Sie sie im Quelltext</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/yamlsplicermove.cpp" line="59"/>
        <source>%1 has %n item(s): there is no item %2 to move to %3</source>
        <translation>
            <numerusform>%1 hat %n Eintrag: es gibt keinen Eintrag %2, der nach %3 verschoben werden könnte</numerusform>
            <numerusform>%1 hat %n Einträge: es gibt keinen Eintrag %2, der nach %3 verschoben werden könnte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/yamlsplicermove.cpp" line="67"/>
        <source>the item is already there</source>
        <translation>der Eintrag ist schon dort</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicerremove.cpp" line="40"/>
        <source>internal error: %1 not found in its parent</source>
        <translation>interner Fehler: %1 nicht in seinem Elternelement gefunden</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicerremove.cpp" line="70"/>
        <source>this item is written in a way Cardigan cannot remove safely: edit it in the source</source>
        <translation>dieser Eintrag ist so geschrieben, dass Cardigan ihn nicht sicher entfernen kann: bearbeiten Sie ihn im Quelltext</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicerremove.cpp" line="111"/>
        <source>this entry is written in a way Cardigan cannot remove safely: edit it in the source</source>
        <translation>dieser Eintrag ist so geschrieben, dass Cardigan ihn nicht sicher entfernen kann: bearbeiten Sie ihn im Quelltext</translation>
    </message>
</context>
<context>
    <name>Cardigan::AboutDialog</name>
    <message>
        <location filename="../widgets/aboutdialog.cpp" line="28"/>
        <location filename="../widgets/aboutdialog.cpp" line="130"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/aboutdialog.cpp" line="36"/>
        <source>About Cardigan</source>
        <translation>Über Cardigan</translation>
    </message>
    <message>
        <location filename="../widgets/aboutdialog.cpp" line="47"/>
        <source>&lt;h2&gt;Cardigan %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Cardigan %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/aboutdialog.cpp" line="48"/>
        <source>An editor for Hugging Face model cards: the metadata in a form, the text beside it and a live preview. Saving changes only the bytes you edited.</source>
        <translation>Ein Editor für Hugging-Face-Modellkarten: die Metadaten in einem Formular, der Text daneben und eine Live-Vorschau. Beim Speichern ändern sich nur die Bytes, die Sie bearbeitet haben.</translation>
    </message>
    <message>
        <location filename="../widgets/aboutdialog.cpp" line="60"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../widgets/aboutdialog.cpp" line="66"/>
        <source>&amp;Copy Versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/aboutdialog.cpp" line="67"/>
        <source>Copy the versions for a bug report</source>
        <translation>Die Versionen für einen Fehlerbericht kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/aboutdialog.cpp" line="100"/>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <location filename="../widgets/aboutdialog.cpp" line="108"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (kompiliert mit %2)</translation>
    </message>
</context>
<context>
    <name>Cardigan::CatalogPicker</name>
    <message>
        <location filename="../widgets/catalogpicker.cpp" line="26"/>
        <source>Not set: type to search</source>
        <translation>Nicht gesetzt: zum Suchen tippen</translation>
    </message>
    <message>
        <location filename="../widgets/catalogpicker.cpp" line="31"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalogpicker.cpp" line="112"/>
        <source>“%1” is not one of the Hub&apos;s ids: pick one from the list.</source>
        <translation>„%1“ ist keine der IDs des Hubs: wählen Sie eine aus der Liste.</translation>
    </message>
</context>
<context>
    <name>Cardigan::ChipListEditor</name>
    <message>
        <location filename="../widgets/chiplisteditor.cpp" line="38"/>
        <source>%1 list</source>
        <translation>Liste %1</translation>
    </message>
    <message>
        <location filename="../widgets/chiplisteditor.cpp" line="39"/>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/chiplisteditor.cpp" line="40"/>
        <source>Add (a, b adds two)</source>
        <translation>Hinzufügen (a, b fügt zwei hinzu)</translation>
    </message>
    <message>
        <location filename="../widgets/chiplisteditor.cpp" line="55"/>
        <location filename="../widgets/chiplisteditor.cpp" line="56"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../widgets/chiplisteditor.cpp" line="58"/>
        <location filename="../widgets/chiplisteditor.cpp" line="59"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../widgets/chiplisteditor.cpp" line="60"/>
        <location filename="../widgets/chiplisteditor.cpp" line="61"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/chiplisteditor.cpp" line="116"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Cardigan::Co2Group</name>
    <message>
        <location filename="../widgets/co2group.cpp" line="19"/>
        <source>CO₂ emissions</source>
        <translation>CO₂-Emissionen</translation>
    </message>
    <message>
        <location filename="../widgets/co2group.cpp" line="32"/>
        <source>A number of grams, e.g. 1250.5</source>
        <translation>Eine Anzahl Gramm, z. B. 1250.5</translation>
    </message>
    <message>
        <location filename="../widgets/co2group.cpp" line="32"/>
        <source>Emissi&amp;ons (g CO₂eq)</source>
        <translation>Emissi&amp;onen (g CO₂eq)</translation>
    </message>
    <message>
        <location filename="../widgets/co2group.cpp" line="33"/>
        <source>Sour&amp;ce</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <location filename="../widgets/co2group.cpp" line="33"/>
        <source>How it was measured: CodeCarbon, a paper</source>
        <translation>Wie gemessen wurde: CodeCarbon, ein Paper</translation>
    </message>
    <message>
        <location filename="../widgets/co2group.cpp" line="34"/>
        <source>Training type</source>
        <translation>Trainingsart</translation>
    </message>
    <message>
        <location filename="../widgets/co2group.cpp" line="34"/>
        <source>pre-training or fine-tuning</source>
        <translation>pre-training oder fine-tuning</translation>
    </message>
    <message>
        <location filename="../widgets/co2group.cpp" line="35"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../widgets/co2group.cpp" line="36"/>
        <source>Where it was trained, e.g. Ohio, USA</source>
        <translation>Wo trainiert wurde, z. B. Ohio, USA</translation>
    </message>
    <message>
        <location filename="../widgets/co2group.cpp" line="37"/>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location filename="../widgets/co2group.cpp" line="37"/>
        <source>e.g. 8 x A100 40GB</source>
        <translation>z. B. 8 x A100 40GB</translation>
    </message>
    <message>
        <location filename="../widgets/co2group.cpp" line="90"/>
        <source>it is %1, not a number or a mapping</source>
        <translation>es ist %1, keine Zahl und keine Zuordnung</translation>
    </message>
    <message>
        <location filename="../widgets/co2group.cpp" line="107"/>
        <source>Written as a bare number of grams; filling another field writes the mapping.</source>
        <translation>Als bloße Grammzahl geschrieben; das Ausfüllen eines weiteren Felds schreibt die Zuordnung.</translation>
    </message>
    <message>
        <location filename="../widgets/co2group.cpp" line="111"/>
        <source>Also in the mapping, kept as written: %1. &lt;a href=&quot;%2&quot;&gt;Edit in source&lt;/a&gt;</source>
        <translation>Außerdem in der Zuordnung, unverändert gelassen: %1. &lt;a href=&quot;%2&quot;&gt;Im Quelltext bearbeiten&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/co2group.cpp" line="127"/>
        <source>it is %1, not a number</source>
        <translation>es ist %1, keine Zahl</translation>
    </message>
    <message>
        <location filename="../widgets/co2group.cpp" line="162"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>Cardigan::CompletenessView</name>
    <message>
        <location filename="../widgets/completenessview.cpp" line="47"/>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <location filename="../widgets/completenessview.cpp" line="49"/>
        <source>Heading only</source>
        <translation>Nur Überschrift</translation>
    </message>
    <message>
        <location filename="../widgets/completenessview.cpp" line="51"/>
        <source>Unknown (YAML error)</source>
        <translation>Unbekannt (YAML-Fehler)</translation>
    </message>
    <message>
        <location filename="../widgets/completenessview.cpp" line="55"/>
        <source>Present</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <location filename="../widgets/completenessview.cpp" line="78"/>
        <source>Click or press Return to open the Evaluation tab.</source>
        <translation>Klicken oder die Eingabetaste drücken, um den Tab Evaluierung zu öffnen.</translation>
    </message>
    <message>
        <location filename="../widgets/completenessview.cpp" line="79"/>
        <source>Click or press Return to go to its field in the Form.</source>
        <translation>Klicken oder die Eingabetaste drücken, um zu seinem Feld im Formular zu gehen.</translation>
    </message>
    <message>
        <location filename="../widgets/completenessview.cpp" line="82"/>
        <source>Click or press Return to add its heading to the card.</source>
        <translation>Klicken oder die Eingabetaste drücken, um seine Überschrift in die Karte einzufügen.</translation>
    </message>
    <message>
        <location filename="../widgets/completenessview.cpp" line="83"/>
        <source>Click or press Return to show it in the source.</source>
        <translation>Klicken oder die Eingabetaste drücken, um ihn im Quelltext zu zeigen.</translation>
    </message>
    <message>
        <location filename="../widgets/completenessview.cpp" line="96"/>
        <source>Completeness summary</source>
        <translation>Zusammenfassung der Vollständigkeit</translation>
    </message>
    <message>
        <location filename="../widgets/completenessview.cpp" line="99"/>
        <source>Recommended metadata and sections</source>
        <translation>Empfohlene Metadaten und Abschnitte</translation>
    </message>
    <message>
        <location filename="../widgets/completenessview.cpp" line="100"/>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../widgets/completenessview.cpp" line="100"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../widgets/completenessview.cpp" line="100"/>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/completenessview.cpp" line="163"/>
        <source>%1 of %n recommended items present</source>
        <translation>
            <numerusform>%1 von %n empfohlenen Eintrag vorhanden</numerusform>
            <numerusform>%1 von %n empfohlenen Einträgen vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/completenessview.cpp" line="165"/>
        <source>; %n section(s) with nothing written yet</source>
        <translation>
            <numerusform>; %n Abschnitt noch ohne Text</numerusform>
            <numerusform>; %n Abschnitte noch ohne Text</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/completenessview.cpp" line="180"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/completenessview.cpp" line="181"/>
        <source>Section: %1</source>
        <translation>Abschnitt: %1</translation>
    </message>
</context>
<context>
    <name>Cardigan::DialogFilePrompts</name>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="28"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="29"/>
        <source>Save the changes to %1 before closing it?</source>
        <translation>Die Änderungen an %1 vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="31"/>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="46"/>
        <location filename="../widgets/dialogfileprompts.cpp" line="67"/>
        <source>File Changed on Disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="47"/>
        <source>%1 was changed by another program, and you have unsaved changes here.</source>
        <translation>%1 wurde von einem anderen Programm geändert, und Sie haben hier ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="49"/>
        <source>Reload the file from disk (your changes here are lost, though Undo brings them back), or keep your version?</source>
        <translation>Die Datei vom Datenträger neu laden (Ihre Änderungen hier gehen verloren, lassen sich aber mit Rückgängig zurückholen) oder Ihre Version behalten?</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="51"/>
        <source>&amp;Reload from Disk</source>
        <translation>Vom Datenträger &amp;neu laden</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="52"/>
        <source>&amp;Show Changes</source>
        <translation>Änderungen &amp;anzeigen</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="53"/>
        <source>&amp;Keep My Version</source>
        <translation>Meine Version &amp;behalten</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="68"/>
        <source>%1 was changed by another program since you opened it.</source>
        <translation>%1 wurde seit dem Öffnen von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="70"/>
        <source>Saving replaces those changes with your version.</source>
        <translation>Beim Speichern werden diese Änderungen durch Ihre Version ersetzt.</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="71"/>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="79"/>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="81"/>
        <source>Nothing was written. Save the card somewhere else?</source>
        <translation>Es wurde nichts geschrieben. Die Karte an einem anderen Ort speichern?</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="82"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="90"/>
        <source>No Model Card</source>
        <translation>Keine Modellkarte</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="91"/>
        <source>%1 has no README.md.</source>
        <translation>%1 hat keine README.md.</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="92"/>
        <source>Start a new model card there? Nothing is written until you save it.</source>
        <translation>Dort eine neue Modellkarte beginnen? Bis zum Speichern wird nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="94"/>
        <source>&amp;New Card</source>
        <translation>&amp;Neue Karte</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="103"/>
        <source>An untitled card</source>
        <translation>Eine unbenannte Karte</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="107"/>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="108"/>
        <source>%1 had unsaved changes when Cardigan stopped (last kept %2).</source>
        <translation>%1 hatte ungespeicherte Änderungen, als Cardigan beendet wurde (zuletzt gesichert %2).</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="110"/>
        <source>Recover them? The recovered card opens with the changes unsaved, so you can compare before saving.</source>
        <translation>Wiederherstellen? Die wiederhergestellte Karte öffnet sich mit ungespeicherten Änderungen, sodass Sie vor dem Speichern vergleichen können.</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="112"/>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="113"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="114"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="128"/>
        <source>Open Model Card</source>
        <translation>Modellkarte öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="129"/>
        <location filename="../widgets/dialogfileprompts.cpp" line="140"/>
        <source>Markdown files (*.md);;All files (*)</source>
        <translation>Markdown-Dateien (*.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="134"/>
        <source>Open Model Folder</source>
        <translation>Modellordner öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="139"/>
        <source>Save Model Card As</source>
        <translation>Modellkarte speichern unter</translation>
    </message>
</context>
<context>
    <name>Cardigan::EvalDetail</name>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="27"/>
        <source>it spans several lines</source>
        <translation>es erstreckt sich über mehrere Zeilen</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="29"/>
        <location filename="../widgets/evaldetail.cpp" line="173"/>
        <source>it is %1</source>
        <translation>es ist %1</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="60"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="63"/>
        <source>Task type</source>
        <translation>Aufgabentyp</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="64"/>
        <source>task.type: the task the results measure (required)</source>
        <translation>task.type: die Aufgabe, die die Ergebnisse messen (erforderlich)</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="65"/>
        <source>T&amp;ype</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="68"/>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="69"/>
        <source>A pretty name, e.g. Text Classification</source>
        <translation>Ein lesbarer Name, z. B. Text Classification</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="70"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="71"/>
        <source>&amp;Id</source>
        <translation>&amp;ID</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="71"/>
        <source>Required: a dataset id, org/name</source>
        <translation>Erforderlich: eine Datensatz-ID, org/name</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="73"/>
        <source>N&amp;ame</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="73"/>
        <source>Required: a pretty name</source>
        <translation>Erforderlich: ein lesbarer Name</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="74"/>
        <location filename="../widgets/evaldetail.cpp" line="89"/>
        <source>&amp;Config</source>
        <translation>&amp;Konfiguration</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="74"/>
        <source>Optional subset</source>
        <translation>Optionale Teilmenge</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="75"/>
        <source>&amp;Split</source>
        <translation>&amp;Split</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="75"/>
        <source>Optional, e.g. test</source>
        <translation>Optional, z. B. test</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="76"/>
        <source>&amp;Revision</source>
        <translation>&amp;Revision</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="76"/>
        <source>Optional git sha</source>
        <translation>Optionaler Git-SHA</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="78"/>
        <location filename="../widgets/evaldetail.cpp" line="91"/>
        <source>Ar&amp;guments</source>
        <translation>Ar&amp;gumente</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="79"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="80"/>
        <source>Sour&amp;ce name</source>
        <translation>Name der &amp;Quelle</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="80"/>
        <source>Optional, e.g. a paper</source>
        <translation>Optional, z. B. ein Paper</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="82"/>
        <source>Source &amp;URL</source>
        <translation>&amp;URL der Quelle</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="83"/>
        <source>Required when there is a source</source>
        <translation>Erforderlich, wenn es eine Quelle gibt</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="85"/>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="85"/>
        <source>Required: a metric id, e.g. accuracy</source>
        <translation>Erforderlich: eine Metrik-ID, z. B. accuracy</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="87"/>
        <source>&amp;Value</source>
        <translation>&amp;Wert</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="87"/>
        <source>Required: a number or text</source>
        <translation>Erforderlich: eine Zahl oder ein Text</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="88"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="88"/>
        <source>Optional pretty name</source>
        <translation>Optionaler lesbarer Name</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="89"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="90"/>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="151"/>
        <source>it comes from a merge key (&lt;&lt;)</source>
        <translation>es stammt aus einem Merge-Schlüssel (&lt;&lt;)</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="155"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="176"/>
        <source>task.type (%1)</source>
        <translation>task.type (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="182"/>
        <location filename="../widgets/evaldetail.cpp" line="185"/>
        <source>Read-only here: %1. &lt;a href=&quot;%2&quot;&gt;Show in source&lt;/a&gt;</source>
        <translation>Hier schreibgeschützt: %1. &lt;a href=&quot;%2&quot;&gt;Im Quelltext zeigen&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="192"/>
        <source>Computed and signed by Hugging Face (verifyToken): a changed value is no longer verified.</source>
        <translation>Von Hugging Face berechnet und signiert (verifyToken): ein geänderter Wert ist nicht mehr verifiziert.</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="206"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="225"/>
        <source>%1 is required by the Hub; write another value instead</source>
        <translation>%1 wird vom Hub verlangt; schreiben Sie stattdessen einen anderen Wert</translation>
    </message>
</context>
<context>
    <name>Cardigan::EvalResultsEditor</name>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="58"/>
        <source>&amp;Add evaluation results</source>
        <translation>Evaluierungsergebnisse &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="60"/>
        <source>M&amp;odel</source>
        <translation>M&amp;odell</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="64"/>
        <source>Add &amp;result</source>
        <translation>E&amp;rgebnis hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="65"/>
        <source>Add a result (a task on a dataset) as one complete entry</source>
        <translation>Ein Ergebnis (eine Aufgabe auf einem Datensatz) als vollständigen Eintrag hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="66"/>
        <source>Add me&amp;tric</source>
        <translation>Me&amp;trik hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="67"/>
        <source>Add a metric to the selected result</source>
        <translation>Dem ausgewählten Ergebnis eine Metrik hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="68"/>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="69"/>
        <source>Remove the selected result or metric</source>
        <translation>Das ausgewählte Ergebnis oder die ausgewählte Metrik entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="70"/>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="70"/>
        <source>Move the selection up</source>
        <translation>Auswahl nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="71"/>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="71"/>
        <source>Move the selection down</source>
        <translation>Auswahl nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="72"/>
        <location filename="../widgets/evalresultseditor.cpp" line="248"/>
        <source>Show in source</source>
        <translation>Im Quelltext zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="73"/>
        <source>Show the selected result or metric in the source</source>
        <translation>Das ausgewählte Ergebnis oder die ausgewählte Metrik im Quelltext zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="77"/>
        <source>Select a result or a metric to edit it.</source>
        <translation>Wählen Sie ein Ergebnis oder eine Metrik zum Bearbeiten.</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="79"/>
        <source>Evaluation results</source>
        <translation>Evaluierungsergebnisse</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="94"/>
        <source>This card has no evaluation results (&lt;tt&gt;model-index&lt;/tt&gt;). The Hub shows them on the model page and in leaderboards.</source>
        <translation>Diese Karte hat keine Evaluierungsergebnisse (&lt;tt&gt;model-index&lt;/tt&gt;). Der Hub zeigt sie auf der Modellseite und in Leaderboards.</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="98"/>
        <source>Adds model-index with one result to fill in</source>
        <translation>Fügt model-index mit einem auszufüllenden Ergebnis hinzu</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="106"/>
        <source>Model entry</source>
        <translation>Modelleintrag</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="107"/>
        <source>The card lists several models; huggingface_hub reads the first</source>
        <translation>Die Karte nennt mehrere Modelle; huggingface_hub liest das erste</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="111"/>
        <location filename="../widgets/evalresultseditoredits.cpp" line="48"/>
        <location filename="../widgets/evalresultseditoredits.cpp" line="53"/>
        <source>Model name</source>
        <translation>Modellname</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="112"/>
        <source>Required: the model&apos;s name</source>
        <translation>Erforderlich: der Name des Modells</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="119"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="126"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="127"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="143"/>
        <source>Results and metrics</source>
        <translation>Ergebnisse und Metriken</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="260"/>
        <source>The YAML does not parse, so the evaluation results are read-only until it does: %1.</source>
        <translation>Das YAML lässt sich nicht lesen, daher sind die Evaluierungsergebnisse schreibgeschützt, bis es wieder geht: %1.</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="303"/>
        <source>it is %1, not a list of models</source>
        <translation>es ist %1, keine Liste von Modellen</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="314"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="315"/>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="327"/>
        <source>it is %1, not a mapping</source>
        <translation>es ist %1, keine Zuordnung</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="337"/>
        <source>it comes from a merge key</source>
        <translation>es stammt aus einem Merge-Schlüssel</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="339"/>
        <source>it is %1</source>
        <translation>es ist %1</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="355"/>
        <source>Read-only here: %1</source>
        <translation>Hier schreibgeschützt: %1</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="365"/>
        <source>results is %1, not a list</source>
        <translation>results ist %1, keine Liste</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="370"/>
        <source>The evaluation results are read-only here: %1.</source>
        <translation>Die Evaluierungsergebnisse sind hier schreibgeschützt: %1.</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="372"/>
        <source>This model has no results yet: add one.</source>
        <translation>Dieses Modell hat noch keine Ergebnisse: fügen Sie eines hinzu.</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="428"/>
        <source>%1: not done: %2</source>
        <translation>%1: nicht ausgeführt: %2</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditoredits.cpp" line="48"/>
        <source>the Hub requires a name</source>
        <translation>der Hub verlangt einen Namen</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditoredits.cpp" line="114"/>
        <source>Add evaluation results</source>
        <translation>Evaluierungsergebnisse hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditoredits.cpp" line="132"/>
        <source>Add result</source>
        <translation>Ergebnis hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditoredits.cpp" line="152"/>
        <source>Add metric</source>
        <translation>Metrik hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditoredits.cpp" line="170"/>
        <source>Remove metric</source>
        <translation>Metrik entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditoredits.cpp" line="170"/>
        <source>Remove result</source>
        <translation>Ergebnis entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditoredits.cpp" line="196"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
</context>
<context>
    <name>Cardigan::EvalResultsModel</name>
    <message>
        <location filename="../widgets/evalresultsmodel.cpp" line="54"/>
        <location filename="../widgets/evalresultsmodel.cpp" line="64"/>
        <source>it is %1, not a mapping</source>
        <translation>es ist %1, keine Zuordnung</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultsmodel.cpp" line="274"/>
        <source>Result / metric</source>
        <translation>Ergebnis / Metrik</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultsmodel.cpp" line="274"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultsmodel.cpp" line="300"/>
        <location filename="../widgets/evalresultsmodel.cpp" line="337"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultsmodel.cpp" line="308"/>
        <source>New result</source>
        <translation>Neues Ergebnis</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultsmodel.cpp" line="310"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultsmodel.cpp" line="318"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultsmodel.cpp" line="320"/>
        <source>1 metric</source>
        <translation>1 Metrik</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultsmodel.cpp" line="320"/>
        <source>%1 metrics</source>
        <translation>%1 Metriken</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultsmodel.cpp" line="341"/>
        <source>New metric</source>
        <translation>Neue Metrik</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultsmodel.cpp" line="347"/>
        <source>Metric %1</source>
        <translation>Metrik %1</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultsmodel.cpp" line="360"/>
        <source>Read-only here: %1.</source>
        <translation>Hier schreibgeschützt: %1.</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultsmodel.cpp" line="363"/>
        <source>Incomplete: the Hub needs %1.</source>
        <translation>Unvollständig: der Hub braucht %1.</translation>
    </message>
</context>
<context>
    <name>Cardigan::EvalYaml</name>
    <message>
        <location filename="../widgets/evalyaml.cpp" line="103"/>
        <source>it is an alias (*%1) of a value written elsewhere</source>
        <translation>es ist ein Alias (*%1) eines anderswo geschriebenen Werts</translation>
    </message>
    <message>
        <location filename="../widgets/evalyaml.cpp" line="106"/>
        <source>it has an anchor (&amp;%1) that other values may use</source>
        <translation>es hat einen Anker (&amp;%1), den andere Werte verwenden können</translation>
    </message>
    <message>
        <location filename="../widgets/evalyaml.cpp" line="109"/>
        <source>it has a tag (%1)</source>
        <translation>es hat ein Tag (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/evalyaml.cpp" line="128"/>
        <source>it uses a merge key (&lt;&lt;)</source>
        <translation>es verwendet einen Merge-Schlüssel (&lt;&lt;)</translation>
    </message>
    <message>
        <location filename="../widgets/evalyaml.cpp" line="131"/>
        <source>it has a key that is not a plain value</source>
        <translation>es hat einen Schlüssel, der kein einfacher Wert ist</translation>
    </message>
    <message>
        <location filename="../widgets/evalyaml.cpp" line="204"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../widgets/evalyaml.cpp" line="206"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location filename="../widgets/evalyaml.cpp" line="208"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../widgets/evalyaml.cpp" line="210"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../widgets/evalyaml.cpp" line="212"/>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <location filename="../widgets/evalyaml.cpp" line="214"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../widgets/evalyaml.cpp" line="216"/>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
</context>
<context>
    <name>Cardigan::ExampleCellDelegate</name>
    <message>
        <location filename="../widgets/examplecelldelegate.cpp" line="34"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>Cardigan::ExampleOutputEditor</name>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="63"/>
        <source>Example output</source>
        <translation>Beispielausgabe</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="65"/>
        <source>Output kind</source>
        <translation>Art der Ausgabe</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="66"/>
        <source>None (the Hub computes it)</source>
        <translation>Keine (der Hub berechnet sie)</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="67"/>
        <location filename="../widgets/exampleoutputeditor.cpp" line="80"/>
        <source>Labels with scores</source>
        <translation>Labels mit Scores</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="68"/>
        <source>Answer with score</source>
        <translation>Antwort mit Score</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="69"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="70"/>
        <source>Image or file URL</source>
        <translation>Bild- oder Datei-URL</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="72"/>
        <source>The example has no output.</source>
        <translation>Das Beispiel hat keine Ausgabe.</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="81"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="81"/>
        <location filename="../widgets/exampleoutputeditor.cpp" line="92"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="90"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="93"/>
        <source>A number, e.g. 0.87</source>
        <translation>Eine Zahl, z. B. 0.87</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="94"/>
        <source>&amp;Answer:</source>
        <translation>&amp;Antwort:</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="95"/>
        <source>&amp;Score:</source>
        <translation>&amp;Score:</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="99"/>
        <source>Output text</source>
        <translation>Ausgabetext</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="105"/>
        <source>Output URL</source>
        <translation>Ausgabe-URL</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="106"/>
        <source>https://…, or a path in the repository</source>
        <translation>https://… oder ein Pfad im Repository</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="107"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="151"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="181"/>
        <source>Row %1 has a score but no label.</source>
        <translation>Zeile %1 hat einen Score, aber kein Label.</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="184"/>
        <source>The score of &quot;%1&quot; must be a number, not &quot;%2&quot;.</source>
        <translation>Der Score von „%1“ muss eine Zahl sein, nicht „%2“.</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="190"/>
        <source>The score must be a number, not &quot;%1&quot;.</source>
        <translation>Der Score muss eine Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="195"/>
        <source>Give a URL, or a path in the repository.</source>
        <translation>Geben Sie eine URL oder einen Pfad im Repository an.</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="198"/>
        <source>The Hub shows only https:// URLs.</source>
        <translation>Der Hub zeigt nur https://-URLs.</translation>
    </message>
</context>
<context>
    <name>Cardigan::FileController</name>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="48"/>
        <location filename="../widgets/filecontroller.cpp" line="50"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="75"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="76"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="77"/>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="77"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="79"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="80"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="81"/>
        <source>Re&amp;vert to Saved</source>
        <translation>&amp;Gespeicherte Version wiederherstellen</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="82"/>
        <source>Show &amp;Changes</source>
        <translation>Änderungen anz&amp;eigen</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="84"/>
        <source>Start a new model card</source>
        <translation>Eine neue Modellkarte beginnen</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="85"/>
        <source>Open a model card (README.md)</source>
        <translation>Eine Modellkarte (README.md) öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="86"/>
        <source>Open the README.md of a model&apos;s folder</source>
        <translation>Die README.md eines Modellordners öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="87"/>
        <source>Go back to the card as it is on disk (Undo restores)</source>
        <translation>Zur Karte zurückkehren, wie sie auf dem Datenträger ist (Rückgängig stellt wieder her)</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="88"/>
        <source>Compare the card here with the file on disk</source>
        <translation>Die Karte hier mit der Datei auf dem Datenträger vergleichen</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="93"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="98"/>
        <source>%1[*] — Cardigan</source>
        <translation>%1[*] — Cardigan</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="185"/>
        <source>Cannot Open Card</source>
        <translation>Karte kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="296"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="318"/>
        <source>Cannot Revert</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="376"/>
        <source>Cannot Compare</source>
        <translation>Vergleichen nicht möglich</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="379"/>
        <location filename="../widgets/filecontroller.cpp" line="440"/>
        <source>Changes in %1</source>
        <translation>Änderungen in %1</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="385"/>
        <source>%1 (on disk)</source>
        <translation>%1 (auf dem Datenträger)</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="386"/>
        <source>%1 (in Cardigan)</source>
        <translation>%1 (in Cardigan)</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="413"/>
        <source>%1 was changed on disk and cannot be read: %2</source>
        <translation>%1 wurde auf dem Datenträger geändert und kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="423"/>
        <source>Reloaded %1: it was changed by another program</source>
        <translation>%1 neu geladen: es wurde von einem anderen Programm geändert</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="432"/>
        <source>Reloaded %1 from disk; Undo brings your changes back</source>
        <translation>%1 vom Datenträger neu geladen; Rückgängig holt Ihre Änderungen zurück</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="437"/>
        <source>Kept your version of %1; saving replaces the one on disk</source>
        <translation>Ihre Version von %1 behalten; Speichern ersetzt die auf dem Datenträger</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="451"/>
        <source>%1 was deleted or moved by another program; save to keep it</source>
        <translation>%1 wurde von einem anderen Programm gelöscht oder verschoben; speichern Sie, um es zu behalten</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="482"/>
        <source>Cannot Recover</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="496"/>
        <source>Recovered unsaved changes of %1</source>
        <translation>Ungespeicherte Änderungen von %1 wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>Cardigan::FindBar</name>
    <message>
        <location filename="../widgets/findbar.cpp" line="34"/>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="34"/>
        <location filename="../widgets/findbar.cpp" line="46"/>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="35"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="35"/>
        <location filename="../widgets/findbar.cpp" line="47"/>
        <source>Whole words only</source>
        <translation>Nur ganze Wörter</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="38"/>
        <location filename="../widgets/findbar.cpp" line="44"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="40"/>
        <location filename="../widgets/findbar.cpp" line="45"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="52"/>
        <source>Find previous (Shift+F3)</source>
        <translation>Vorheriges suchen (Umschalt+F3)</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="55"/>
        <source>Find next (F3)</source>
        <translation>Nächstes suchen (F3)</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="58"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="61"/>
        <source>Find previous</source>
        <translation>Vorheriges suchen</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="62"/>
        <source>Find next</source>
        <translation>Nächstes suchen</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="63"/>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="64"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="65"/>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="66"/>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="67"/>
        <source>Replace:</source>
        <translation>Ersetzen:</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="261"/>
        <location filename="../widgets/findbar.cpp" line="316"/>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="265"/>
        <source>Continued from the end</source>
        <translation>Vom Ende her fortgesetzt</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="266"/>
        <source>Continued from the start</source>
        <translation>Vom Anfang her fortgesetzt</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/findbar.cpp" line="316"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cardigan::FormDiagnostics</name>
    <message>
        <location filename="../widgets/formdiagnostics.cpp" line="109"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Cardigan::FormSection</name>
    <message>
        <location filename="../widgets/formsection.cpp" line="18"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="20"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="22"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="24"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="26"/>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="28"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="30"/>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="45"/>
        <source>&quot;%1&quot; is not a number: write digits, e.g. 12 or 0.5</source>
        <translation>„%1“ ist keine Zahl: schreiben Sie Ziffern, z. B. 12 oder 0.5</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="79"/>
        <source>Show or hide %1</source>
        <translation>%1 ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="181"/>
        <source>the value comes from a merge key (&lt;&lt;) or an alias</source>
        <translation>der Wert stammt aus einem Merge-Schlüssel (&lt;&lt;) oder einem Alias</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="185"/>
        <source>it is an alias (*%1)</source>
        <translation>es ist ein Alias (*%1)</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="188"/>
        <source>it has an anchor (&amp;%1) that other values may use</source>
        <translation>es hat einen Anker (&amp;%1), den andere Werte verwenden können</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="191"/>
        <source>it has a tag (%1)</source>
        <translation>es hat ein Tag (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="206"/>
        <source>it is %1, not a string</source>
        <translation>es ist %1, keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="209"/>
        <source>it spans several lines</source>
        <translation>es erstreckt sich über mehrere Zeilen</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="237"/>
        <source>Read-only here: %1. &lt;a href=&quot;%2&quot;&gt;Edit in source&lt;/a&gt;</source>
        <translation>Hier schreibgeschützt: %1. &lt;a href=&quot;%2&quot;&gt;Im Quelltext bearbeiten&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="250"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>Cardigan::GatedFieldsModel</name>
    <message>
        <location filename="../widgets/gatedfieldsmodel.cpp" line="44"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../widgets/gatedfieldsmodel.cpp" line="44"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../widgets/gatedfieldsmodel.cpp" line="44"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../widgets/gatedfieldsmodel.cpp" line="56"/>
        <source>the type spans several lines</source>
        <translation>der Typ erstreckt sich über mehrere Zeilen</translation>
    </message>
    <message>
        <location filename="../widgets/gatedfieldsmodel.cpp" line="59"/>
        <source>it is %1, not a type or a select</source>
        <translation>es ist %1, weder ein Typ noch eine Auswahl</translation>
    </message>
    <message>
        <location filename="../widgets/gatedfieldsmodel.cpp" line="63"/>
        <source>it has a key &quot;%1&quot; the form does not know</source>
        <translation>es hat einen Schlüssel „%1“, den das Formular nicht kennt</translation>
    </message>
    <message>
        <location filename="../widgets/gatedfieldsmodel.cpp" line="68"/>
        <source>a field written as a mapping should be {type: select, options: [...]}</source>
        <translation>ein als Zuordnung geschriebenes Feld sollte {type: select, options: [...]} sein</translation>
    </message>
    <message>
        <location filename="../widgets/gatedfieldsmodel.cpp" line="75"/>
        <source>its options are %1, not a list</source>
        <translation>seine Optionen sind %1, keine Liste</translation>
    </message>
    <message>
        <location filename="../widgets/gatedfieldsmodel.cpp" line="79"/>
        <source>its options have labels and values</source>
        <translation>seine Optionen haben Beschriftungen und Werte</translation>
    </message>
    <message>
        <location filename="../widgets/gatedfieldsmodel.cpp" line="80"/>
        <source>an option is %1, not text</source>
        <translation>eine Option ist %1, kein Text</translation>
    </message>
    <message>
        <location filename="../widgets/gatedfieldsmodel.cpp" line="84"/>
        <source>an option (&quot;%1&quot;) cannot be written in a comma list</source>
        <translation>eine Option („%1“) lässt sich nicht in einer Kommaliste schreiben</translation>
    </message>
    <message>
        <location filename="../widgets/gatedfieldsmodel.cpp" line="122"/>
        <source>a field needs a type: %1</source>
        <translation>ein Feld braucht einen Typ: %1</translation>
    </message>
</context>
<context>
    <name>Cardigan::GatingGroup</name>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="46"/>
        <source>Gating</source>
        <translation>Zugangsbeschränkung</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="48"/>
        <source>Gate form fields</source>
        <translation>Felder des Zugangsformulars</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="98"/>
        <source>Gated</source>
        <translation>Beschränkt</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="99"/>
        <source>Not set (repository settings decide)</source>
        <translation>Nicht gesetzt (die Repository-Einstellungen entscheiden)</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="100"/>
        <source>Off (false)</source>
        <translation>Aus (false)</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="101"/>
        <source>Automatic approval (auto)</source>
        <translation>Automatische Freigabe (auto)</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="102"/>
        <source>Manual approval (manual)</source>
        <translation>Manuelle Freigabe (manual)</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="103"/>
        <source>On (true)</source>
        <translation>An (true)</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="104"/>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="104"/>
        <source>The gate&apos;s title</source>
        <translation>Der Titel der Zugangsbeschränkung</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="105"/>
        <source>Prompt</source>
        <translation>Aufforderung</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="105"/>
        <source>The text shown on the access form</source>
        <translation>Der auf dem Zugangsformular gezeigte Text</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="106"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="106"/>
        <source>A description above the form</source>
        <translation>Eine Beschreibung über dem Formular</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="107"/>
        <source>Button</source>
        <translation>Schaltfläche</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="107"/>
        <source>The submit button&apos;s text</source>
        <translation>Der Text der Absende-Schaltfläche</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="108"/>
        <source>E&amp;U disallowed</source>
        <translation>E&amp;U ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="109"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="110"/>
        <source>Yes: refuse access from the EU (true)</source>
        <translation>Ja: Zugriff aus der EU verweigern (true)</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="111"/>
        <source>No (false)</source>
        <translation>Nein (false)</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="112"/>
        <source>Form fields</source>
        <translation>Formularfelder</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="144"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="182"/>
        <source>it is %1, not a mapping (the Hub refuses it)</source>
        <translation>es ist %1, keine Zuordnung (der Hub lehnt es ab)</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="202"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="208"/>
        <source>Read-only here: %1. &lt;a href=&quot;%2&quot;&gt;Edit in source&lt;/a&gt;</source>
        <translation>Hier schreibgeschützt: %1. &lt;a href=&quot;%2&quot;&gt;Im Quelltext bearbeiten&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="228"/>
        <source>it is %1 (%2), not one of the choices</source>
        <translation>es ist %1 (%2), keine der Möglichkeiten</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="314"/>
        <source>Not added: there is a field &quot;%1&quot; already.</source>
        <translation>Nicht hinzugefügt: es gibt bereits ein Feld „%1“.</translation>
    </message>
</context>
<context>
    <name>Cardigan::GoToLineBar</name>
    <message>
        <location filename="../widgets/gotolinebar.cpp" line="21"/>
        <source>Go to line:</source>
        <translation>Gehe zu Zeile:</translation>
    </message>
    <message>
        <location filename="../widgets/gotolinebar.cpp" line="23"/>
        <source>line or line:column</source>
        <translation>Zeile oder Zeile:Spalte</translation>
    </message>
    <message>
        <location filename="../widgets/gotolinebar.cpp" line="27"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../widgets/gotolinebar.cpp" line="28"/>
        <source>Close the go-to-line bar</source>
        <translation>Leiste „Gehe zu Zeile“ schließen</translation>
    </message>
    <message>
        <location filename="../widgets/gotolinebar.cpp" line="57"/>
        <source>1 to %1</source>
        <translation>1 bis %1</translation>
    </message>
</context>
<context>
    <name>Cardigan::InferenceGroup</name>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="28"/>
        <source>Inference</source>
        <translation>Inferenz</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="33"/>
        <source>Inference parameters</source>
        <translation>Inferenzparameter</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="37"/>
        <source>Inference widget and API</source>
        <translation>Inferenz-Widget und API</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="38"/>
        <source>Not set (the Hub&apos;s default: on)</source>
        <translation>Nicht gesetzt (Vorgabe des Hubs: an)</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="39"/>
        <source>On (inference: true)</source>
        <translation>An (inference: true)</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="40"/>
        <source>Off (inference: false)</source>
        <translation>Aus (inference: false)</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="41"/>
        <source>On, with default parameters</source>
        <translation>An, mit Standardparametern</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="48"/>
        <source>&amp;Inference</source>
        <translation>&amp;Inferenz</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="53"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="63"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="82"/>
        <source>it is %1, not true, false or a mapping</source>
        <translation>es ist %1, weder true, false noch eine Zuordnung</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="100"/>
        <location filename="../widgets/inferencegroup.cpp" line="193"/>
        <source>inference is off</source>
        <translation>die Inferenz ist aus</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="105"/>
        <source>the parameters are %1, not a mapping</source>
        <translation>die Parameter sind %1, keine Zuordnung</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="116"/>
        <source>it is %1</source>
        <translation>es ist %1</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="120"/>
        <source>it spans several lines</source>
        <translation>es erstreckt sich über mehrere Zeilen</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="128"/>
        <source>Inference is off: turn it on to give default parameters.</source>
        <translation>Die Inferenz ist aus: schalten Sie sie ein, um Standardparameter anzugeben.</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="153"/>
        <source>The parameters were removed with the mapping; Undo (Ctrl+Z) brings them back.</source>
        <translation>Die Parameter wurden mit der Zuordnung entfernt; Rückgängig (Strg+Z) holt sie zurück.</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="166"/>
        <source>Not added: there is a parameter &quot;%1&quot; already.</source>
        <translation>Nicht hinzugefügt: es gibt bereits einen Parameter „%1“.</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="172"/>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
</context>
<context>
    <name>Cardigan::KeyValueTableModel</name>
    <message>
        <location filename="../widgets/keyvaluetablemodel.cpp" line="99"/>
        <source>Read-only here: %1</source>
        <translation>Hier schreibgeschützt: %1</translation>
    </message>
</context>
<context>
    <name>Cardigan::LanguageEditor</name>
    <message>
        <location filename="../widgets/languageeditor.cpp" line="29"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../widgets/languageeditor.cpp" line="36"/>
        <source>not accepted by the Hub</source>
        <translation>vom Hub nicht akzeptiert</translation>
    </message>
    <message>
        <location filename="../widgets/languageeditor.cpp" line="38"/>
        <source>Add: type a name or a code</source>
        <translation>Hinzufügen: Namen oder Code eingeben</translation>
    </message>
    <message>
        <location filename="../widgets/languageeditor.cpp" line="81"/>
        <source>“%1” has a region or script part, which the Hub refuses: use “%2”.</source>
        <translation>„%1“ hat einen Regions- oder Schriftteil, den der Hub ablehnt: verwenden Sie „%2“.</translation>
    </message>
    <message>
        <location filename="../widgets/languageeditor.cpp" line="85"/>
        <source>“%1”: the Hub wants language codes in lowercase: use “%2”.</source>
        <translation>„%1“: der Hub will Sprachcodes in Kleinbuchstaben: verwenden Sie „%2“.</translation>
    </message>
    <message>
        <location filename="../widgets/languageeditor.cpp" line="88"/>
        <source>“%1” is not an ISO 639-1, 639-2 or 639-3 code (nor “multilingual” or “code”): search by name to find the code.</source>
        <translation>„%1“ ist kein ISO-639-1-, 639-2- oder 639-3-Code (auch nicht „multilingual“ oder „code“): suchen Sie nach dem Namen, um den Code zu finden.</translation>
    </message>
</context>
<context>
    <name>Cardigan::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="64"/>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="65"/>
        <source>All Metadata</source>
        <translation>Alle Metadaten</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="67"/>
        <source>Evaluation</source>
        <translation>Evaluierung</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="69"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="73"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="74"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="88"/>
        <location filename="../widgets/mainwindow.cpp" line="90"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="89"/>
        <source>Widget</source>
        <translation>Widget</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="101"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="102"/>
        <source>Completeness</source>
        <translation>Vollständigkeit</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="195"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="198"/>
        <source>New from &amp;Template…</source>
        <translation>Neu aus &amp;Vorlage…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="199"/>
        <source>Start a card with the sections the Hub recommends</source>
        <translation>Eine Karte mit den vom Hub empfohlenen Abschnitten beginnen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="209"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="213"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="215"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="219"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="231"/>
        <source>&amp;Quick Fix</source>
        <translation>Schnell&amp;korrektur</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="241"/>
        <source>&amp;Preferences…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="254"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="255"/>
        <source>&amp;Metadata</source>
        <translation>&amp;Metadaten</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="255"/>
        <source>&amp;Source</source>
        <translation>&amp;Quelltext</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="255"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="264"/>
        <source>P&amp;roblems</source>
        <translation>P&amp;robleme</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="268"/>
        <source>&amp;Completeness</source>
        <translation>Voll&amp;ständigkeit</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="295"/>
        <source>Go to M&amp;etadata</source>
        <translation>Gehe zu Meta&amp;daten</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="300"/>
        <source>Go to S&amp;ource</source>
        <translation>Gehe zu Q&amp;uelltext</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="304"/>
        <source>Go to Pre&amp;view</source>
        <translation>Gehe zu V&amp;orschau</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="309"/>
        <source>Go to Pro&amp;blems</source>
        <translation>Gehe zu Pro&amp;blemen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="317"/>
        <source>Load Remote &amp;Images in the Preview</source>
        <translation>&amp;Entfernte Bilder in der Vorschau laden</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="319"/>
        <source>Off by default: the preview makes no network request.</source>
        <translation>Standardmäßig aus: die Vorschau stellt keine Netzwerkanfrage.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="332"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="333"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="338"/>
        <source>&amp;About Cardigan</source>
        <translation>Ü&amp;ber Cardigan</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="340"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="384"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="396"/>
        <source>YAML error at line %1, column %2: %3</source>
        <translation>YAML-Fehler in Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>Cardigan::MessagesDialog</name>
    <message>
        <location filename="../widgets/messagesdialog.cpp" line="23"/>
        <location filename="../widgets/messagesdialog.cpp" line="26"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../widgets/messagesdialog.cpp" line="27"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../widgets/messagesdialog.cpp" line="27"/>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../widgets/messagesdialog.cpp" line="39"/>
        <source>Role: user, assistant or system</source>
        <translation>Rolle: user, assistant oder system</translation>
    </message>
    <message>
        <location filename="../widgets/messagesdialog.cpp" line="63"/>
        <source>Message %1: the role must be user, assistant or system, not &quot;%2&quot;.</source>
        <translation>Nachricht %1: die Rolle muss user, assistant oder system sein, nicht „%2“.</translation>
    </message>
</context>
<context>
    <name>Cardigan::MetadataForm</name>
    <message>
        <location filename="../widgets/metadataform.cpp" line="37"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="39"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="41"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="43"/>
        <location filename="../widgets/metadataform.cpp" line="481"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="45"/>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="47"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="49"/>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/metadataform.cpp" line="57"/>
        <source>mapping of %n key(s)</source>
        <translation>
            <numerusform>Zuordnung mit %n Schlüssel</numerusform>
            <numerusform>Zuordnung mit %n Schlüsseln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/metadataform.cpp" line="60"/>
        <source>list of %n item(s)</source>
        <translation>
            <numerusform>Liste mit %n Eintrag</numerusform>
            <numerusform>Liste mit %n Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="76"/>
        <source>Metadata form</source>
        <translation>Metadatenformular</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="92"/>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="93"/>
        <source>&amp;License</source>
        <translation>&amp;Lizenz</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="96"/>
        <source>License &amp;name</source>
        <translation>Lizenzn&amp;ame</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="96"/>
        <source>A slug id, e.g. my-license-1.0</source>
        <translation>Eine Slug-ID, z. B. my-license-1.0</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="97"/>
        <source>License lin&amp;k</source>
        <translation>Lizenz-Lin&amp;k</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="97"/>
        <source>A URL, or LICENSE for the file</source>
        <translation>Eine URL oder LICENSE für die Datei</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="100"/>
        <source>Lan&amp;guages</source>
        <translation>Spra&amp;chen</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="101"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="102"/>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="105"/>
        <source>&amp;Pipeline tag</source>
        <translation>&amp;Pipeline-Tag</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="108"/>
        <source>Library name</source>
        <translation>Bibliotheksname</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="109"/>
        <source>Li&amp;brary</source>
        <translation>Bi&amp;bliothek</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="113"/>
        <source>Base models</source>
        <translation>Basismodelle</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="114"/>
        <source>Add a model id; several for a merge</source>
        <translation>Eine Modell-ID hinzufügen; mehrere für einen Merge</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="115"/>
        <source>Base &amp;model</source>
        <translation>Basis&amp;modell</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="117"/>
        <source>Base model relation</source>
        <translation>Beziehung zum Basismodell</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="118"/>
        <source>Not set (the Hub infers it)</source>
        <translation>Nicht gesetzt (der Hub leitet es ab)</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="122"/>
        <source>Base model &amp;relation</source>
        <translation>Be&amp;ziehung zum Basismodell</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="127"/>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="128"/>
        <source>Add a dataset id (org/name)</source>
        <translation>Eine Datensatz-ID hinzufügen (org/name)</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="129"/>
        <source>Hub dataset ids, e.g. org/name</source>
        <translation>Datensatz-IDs des Hubs, z. B. org/name</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="130"/>
        <source>&amp;Datasets</source>
        <translation>&amp;Datensätze</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="131"/>
        <source>Me&amp;trics</source>
        <translation>Me&amp;triken</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="131"/>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="132"/>
        <source>&amp;New version</source>
        <translation>&amp;Neue Version</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="133"/>
        <source>The id of a newer model</source>
        <translation>Die ID eines neueren Modells</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="134"/>
        <source>T&amp;humbnail</source>
        <translation>&amp;Vorschaubild</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="135"/>
        <source>An image URL for social sharing</source>
        <translation>Eine Bild-URL zum Teilen in sozialen Medien</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="138"/>
        <source>&lt;b&gt;Other keys&lt;/b&gt; (edit them in the source)</source>
        <translation>&lt;b&gt;Weitere Schlüssel&lt;/b&gt; (im Quelltext bearbeiten)</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="141"/>
        <source>Other keys</source>
        <translation>Weitere Schlüssel</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="266"/>
        <source>The YAML does not parse, so the form is read-only: %1 (&lt;a href=&quot;%2&quot;&gt;line %2, column %3&lt;/a&gt;).</source>
        <translation>Das YAML lässt sich nicht lesen, daher ist das Formular schreibgeschützt: %1 (&lt;a href=&quot;%2&quot;&gt;Zeile %2, Spalte %3&lt;/a&gt;).</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="279"/>
        <source>The metadata is %1, not a mapping: the Hub refuses it. &lt;a href=&quot;%2&quot;&gt;Fix it in the source&lt;/a&gt;.</source>
        <translation>Die Metadaten sind %1, keine Zuordnung: der Hub lehnt sie ab. &lt;a href=&quot;%2&quot;&gt;Im Quelltext beheben&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="284"/>
        <source>The card has no metadata yet: the first edit here adds it.</source>
        <translation>Die Karte hat noch keine Metadaten: die erste Änderung hier fügt sie hinzu.</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="313"/>
        <source>Read-only here: %1. &lt;a href=&quot;%2&quot;&gt;Edit in source&lt;/a&gt;</source>
        <translation>Hier schreibgeschützt: %1. &lt;a href=&quot;%2&quot;&gt;Im Quelltext bearbeiten&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="402"/>
        <source>%1; edit it in the Examples tab</source>
        <translation>%1; bearbeiten Sie es im Tab Beispiele</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="404"/>
        <source>%1; edit it in the Evaluation tab</source>
        <translation>%1; bearbeiten Sie es im Tab Evaluierung</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="413"/>
        <source>Show in source</source>
        <translation>Im Quelltext zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="414"/>
        <source>Show %1 in source</source>
        <translation>%1 im Quelltext zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="422"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="442"/>
        <source>the value comes from a merge key (&lt;&lt;)</source>
        <translation>der Wert stammt aus einem Merge-Schlüssel (&lt;&lt;)</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="448"/>
        <source>it is an alias (*%1)</source>
        <translation>es ist ein Alias (*%1)</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="451"/>
        <source>it has an anchor (&amp;%1) that other values may use</source>
        <translation>es hat einen Anker (&amp;%1), den andere Werte verwenden können</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="454"/>
        <source>it has a tag (%1)</source>
        <translation>es hat ein Tag (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="465"/>
        <source>it spans several lines</source>
        <translation>es erstreckt sich über mehrere Zeilen</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="472"/>
        <source>item %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="475"/>
        <source>item %1 is %2, not a one-line string</source>
        <translation>Eintrag %1 ist %2, keine einzeilige Zeichenkette</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="480"/>
        <source>it is %1, not %2</source>
        <translation>es ist %1, nicht %2</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="481"/>
        <source>a list of strings</source>
        <translation>eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <location filename="../widgets/metadataformedits.cpp" line="73"/>
        <location filename="../widgets/metadataformsections.cpp" line="95"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <location filename="../widgets/metadataformsections.cpp" line="46"/>
        <source>Save the card first: the link names a file of its repository</source>
        <translation>Speichern Sie die Karte zuerst: der Link nennt eine Datei ihres Repositorys</translation>
    </message>
    <message>
        <location filename="../widgets/metadataformsections.cpp" line="47"/>
        <source>Choose a file of the repository (%1)</source>
        <translation>Eine Datei des Repositorys wählen (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/metadataformsections.cpp" line="76"/>
        <source>File…</source>
        <translation>Datei…</translation>
    </message>
    <message>
        <location filename="../widgets/metadataformsections.cpp" line="77"/>
        <source>Choose the license file</source>
        <translation>Die Lizenzdatei wählen</translation>
    </message>
    <message>
        <location filename="../widgets/metadataformsections.cpp" line="92"/>
        <source>Choose the License File</source>
        <translation>Lizenzdatei wählen</translation>
    </message>
</context>
<context>
    <name>Cardigan::MetadataView</name>
    <message>
        <location filename="../widgets/metadataview.cpp" line="24"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../widgets/metadataview.cpp" line="24"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../widgets/metadataview.cpp" line="26"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../widgets/metadataview.cpp" line="40"/>
        <source>YAML error at line %1, column %2: %3</source>
        <translation>YAML-Fehler in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../widgets/metadataview.cpp" line="50"/>
        <source>No metadata: the card has no YAML front matter.</source>
        <translation>Keine Metadaten: die Karte hat keinen YAML-Front-Matter.</translation>
    </message>
    <message>
        <location filename="../widgets/metadataview.cpp" line="52"/>
        <source>The metadata is not a mapping: the Hub will refuse it.</source>
        <translation>Die Metadaten sind keine Zuordnung: der Hub wird sie ablehnen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/metadataview.cpp" line="54"/>
        <source>%n metadata key(s)</source>
        <translation>
            <numerusform>%n Metadatenschlüssel</numerusform>
            <numerusform>%n Metadatenschlüssel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cardigan::PaneFocus</name>
    <message>
        <location filename="../widgets/panefocus.cpp" line="46"/>
        <source>%1 tabs</source>
        <translation>%1-Tabs</translation>
    </message>
    <message>
        <location filename="../widgets/panefocus.cpp" line="47"/>
        <source>Next Tab</source>
        <translation>Nächster Tab</translation>
    </message>
    <message>
        <location filename="../widgets/panefocus.cpp" line="51"/>
        <source>Previous Tab</source>
        <translation>Vorheriger Tab</translation>
    </message>
</context>
<context>
    <name>Cardigan::ParameterTableModel</name>
    <message>
        <location filename="../widgets/parametertablemodel.cpp" line="24"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../widgets/parametertablemodel.cpp" line="24"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../widgets/parametertablemodel.cpp" line="24"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../widgets/parametertablemodel.cpp" line="29"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../widgets/parametertablemodel.cpp" line="29"/>
        <source>boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <location filename="../widgets/parametertablemodel.cpp" line="29"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../widgets/parametertablemodel.cpp" line="47"/>
        <source>&quot;%1&quot; is not a boolean: write true or false</source>
        <translation>„%1“ ist kein Wahrheitswert: schreiben Sie true oder false</translation>
    </message>
    <message>
        <location filename="../widgets/parametertablemodel.cpp" line="88"/>
        <source>&quot;%1&quot; is not a type: choose %2</source>
        <translation>„%1“ ist kein Typ: wählen Sie %2</translation>
    </message>
    <message>
        <location filename="../widgets/parametertablemodel.cpp" line="93"/>
        <source>%1 cannot become %2: %3</source>
        <translation>%1 kann nicht zu %2 werden: %3</translation>
    </message>
</context>
<context>
    <name>Cardigan::PipelinePicker</name>
    <message>
        <location filename="../widgets/pipelinepicker.cpp" line="19"/>
        <source>Pipeline tag</source>
        <translation>Pipeline-Tag</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepicker.cpp" line="24"/>
        <source>Not set (the Hub infers it)</source>
        <translation>Nicht gesetzt (der Hub leitet es ab)</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepicker.cpp" line="35"/>
        <source>%1 (group)</source>
        <translation>%1 (Gruppe)</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepicker.cpp" line="41"/>
        <source>    %1 (%2)</source>
        <translation>    %1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepicker.cpp" line="70"/>
        <source>%1 (not a Hub task)</source>
        <translation>%1 (keine Aufgabe des Hubs)</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepicker.cpp" line="82"/>
        <source>%1 (inferred from %2)</source>
        <translation>%1 (abgeleitet aus %2)</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepicker.cpp" line="84"/>
        <source>Not set in the card: the Hub infers %1 from %2. Pick a task to write it down.</source>
        <translation>Nicht in der Karte gesetzt: der Hub leitet %1 aus %2 ab. Wählen Sie eine Aufgabe, um sie festzuschreiben.</translation>
    </message>
</context>
<context>
    <name>Cardigan::PreferencesDialog</name>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="34"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="39"/>
        <source>Editor font</source>
        <translation>Editor-Schrift</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="40"/>
        <source>Fixed-pitch fonts only: YAML indentation must line up.</source>
        <translation>Nur Schriften mit fester Zeichenbreite: die YAML-Einrückung muss übereinstimmen.</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="43"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="44"/>
        <source>Editor font size</source>
        <translation>Schriftgröße des Editors</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="50"/>
        <location filename="../widgets/preferencesdialog.cpp" line="67"/>
        <source>Follow the System</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="51"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="52"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="53"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="55"/>
        <location filename="../widgets/preferencesdialog.cpp" line="56"/>
        <source>Load remote images in the preview</source>
        <translation>Entfernte Bilder in der Vorschau laden</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="57"/>
        <source>Off by default: the preview makes no network request.</source>
        <translation>Standardmäßig aus: die Vorschau stellt keine Netzwerkanfrage.</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="61"/>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="62"/>
        <source>Autosave interval in seconds</source>
        <translation>Intervall der automatischen Sicherung in Sekunden</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="63"/>
        <source>How long after a change unsaved work is copied for recovery after a crash.</source>
        <translation>Wie lange nach einer Änderung ungespeicherte Arbeit kopiert wird, um sie nach einem Absturz wiederherzustellen.</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="72"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="73"/>
        <source>Takes effect after a restart.</source>
        <translation>Wirkt nach einem Neustart.</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="80"/>
        <source>Editor &amp;font:</source>
        <translation>&amp;Editor-Schrift:</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="83"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="84"/>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="87"/>
        <source>&amp;Autosave after:</source>
        <translation>&amp;Automatisch sichern nach:</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="88"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="95"/>
        <source>Restore defaults</source>
        <translation>Voreinstellungen wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Cardigan::PreviewView</name>
    <message>
        <location filename="../widgets/previewview.cpp" line="80"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../widgets/previewview.cpp" line="81"/>
        <source>Preview of the card</source>
        <translation>Vorschau der Karte</translation>
    </message>
</context>
<context>
    <name>Cardigan::ProblemsModel</name>
    <message>
        <location filename="../widgets/problemsmodel.cpp" line="42"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/problemsmodel.cpp" line="44"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../widgets/problemsmodel.cpp" line="48"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../widgets/problemsmodel.cpp" line="74"/>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location filename="../widgets/problemsmodel.cpp" line="83"/>
        <source>%1 at line %2, column %3: %4 [%5]</source>
        <translation>%1 in Zeile %2, Spalte %3: %4 [%5]</translation>
    </message>
    <message>
        <location filename="../widgets/problemsmodel.cpp" line="89"/>
        <source>Quick fix: %1</source>
        <translation>Schnellkorrektur: %1</translation>
    </message>
    <message>
        <location filename="../widgets/problemsmodel.cpp" line="95"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/problemsmodel.cpp" line="119"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../widgets/problemsmodel.cpp" line="121"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../widgets/problemsmodel.cpp" line="123"/>
        <source>Line:Col</source>
        <translation>Zeile:Spalte</translation>
    </message>
</context>
<context>
    <name>Cardigan::ProblemsPanel</name>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="31"/>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="34"/>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="35"/>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="36"/>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="37"/>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="39"/>
        <source>1 note</source>
        <translation>1 Hinweis</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="40"/>
        <source>%1 notes</source>
        <translation>%1 Hinweise</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="63"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="64"/>
        <source>&lt;b&gt;Problems&lt;/b&gt;</source>
        <translation>&lt;b&gt;Probleme&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="70"/>
        <source>&amp;Fix</source>
        <translation>&amp;Beheben</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="71"/>
        <source>Apply the quick fix of the selected problem</source>
        <translation>Die Schnellkorrektur des ausgewählten Problems anwenden</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="73"/>
        <source>Fix &amp;All of This Kind</source>
        <translation>&amp;Alle dieser Art beheben</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="74"/>
        <source>Apply the quick fixes of every problem of this kind</source>
        <translation>Die Schnellkorrekturen aller Probleme dieser Art anwenden</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="79"/>
        <source>Problems list</source>
        <translation>Problemliste</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="119"/>
        <source>Show the problems panel</source>
        <translation>Die Problemleiste anzeigen</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="175"/>
        <source>Problems: %1</source>
        <translation>Probleme: %1</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="201"/>
        <source>Select a problem that has a quick fix</source>
        <translation>Wählen Sie ein Problem mit Schnellkorrektur</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="204"/>
        <source>Fix all %1 problems of kind %2 as one undo step</source>
        <translation>Alle %1 Probleme der Art %2 in einem Rückgängig-Schritt beheben</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="238"/>
        <source>Fix: %1</source>
        <translation>Beheben: %1</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="242"/>
        <source>Fix All %1 of Kind %2</source>
        <translation>Alle %1 der Art %2 beheben</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="249"/>
        <source>Go to Line %1</source>
        <translation>Gehe zu Zeile %1</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="250"/>
        <source>Copy Message</source>
        <translation>Meldung kopieren</translation>
    </message>
</context>
<context>
    <name>Cardigan::QuickFixer</name>
    <message>
        <location filename="../widgets/quickfixer.cpp" line="38"/>
        <source>This problem has no quick fix.</source>
        <translation>Für dieses Problem gibt es keine Schnellkorrektur.</translation>
    </message>
    <message>
        <location filename="../widgets/quickfixer.cpp" line="42"/>
        <source>The problem is gone: nothing to fix.</source>
        <translation>Das Problem ist verschwunden: nichts zu beheben.</translation>
    </message>
    <message>
        <location filename="../widgets/quickfixer.cpp" line="50"/>
        <source>Fixed: %1</source>
        <translation>Behoben: %1</translation>
    </message>
    <message>
        <location filename="../widgets/quickfixer.cpp" line="53"/>
        <source>The fix &quot;%1&quot; was refused: %2</source>
        <translation>Die Korrektur „%1“ wurde abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../widgets/quickfixer.cpp" line="81"/>
        <source>Nothing to fix of this kind.</source>
        <translation>Nichts dieser Art zu beheben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/quickfixer.cpp" line="101"/>
        <source>Fixed %n problem(s) of kind %1.</source>
        <translation>
            <numerusform>%n Problem der Art %1 behoben.</numerusform>
            <numerusform>%n Probleme der Art %1 behoben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/quickfixer.cpp" line="103"/>
        <source>The fixes of kind %1 were refused, nothing was changed: %2</source>
        <translation>Die Korrekturen der Art %1 wurden abgelehnt, nichts wurde geändert: %2</translation>
    </message>
</context>
<context>
    <name>Cardigan::RecentFiles</name>
    <message>
        <location filename="../widgets/recentfiles.cpp" line="130"/>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
</context>
<context>
    <name>Cardigan::RepoFileModel</name>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="68"/>
        <location filename="../widgets/repofilemodel.cpp" line="191"/>
        <source>LFS</source>
        <translation>LFS</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="70"/>
        <source>LFS pointer</source>
        <translation>LFS-Pointer</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="72"/>
        <source>not in LFS</source>
        <translation>nicht in LFS</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="80"/>
        <source>link out of the repository: not followed</source>
        <translation>Link aus dem Repository hinaus: nicht verfolgt</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="84"/>
        <source>the model card</source>
        <translation>die Modellkarte</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="87"/>
        <source>model config</source>
        <translation>Modellkonfiguration</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="88"/>
        <source>model config: %1</source>
        <translation>Modellkonfiguration: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/repofilemodel.cpp" line="90"/>
        <source>LFS rules (%n pattern(s))</source>
        <translation>
            <numerusform>LFS-Regeln (%n Muster)</numerusform>
            <numerusform>LFS-Regeln (%n Muster)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="92"/>
        <source>shard index: %1</source>
        <translation>Shard-Index: %1</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="95"/>
        <source>%1 weights</source>
        <translation>%1-Gewichte</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="96"/>
        <source>%1 weights (tag: %2)</source>
        <translation>%1-Gewichte (Tag: %2)</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="99"/>
        <source>not downloaded</source>
        <translation>nicht heruntergeladen</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="99"/>
        <source>%1; not downloaded</source>
        <translation>%1; nicht heruntergeladen</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="115"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="139"/>
        <source>10 MB or more and not tracked by LFS: the Hub refuses the push</source>
        <translation>10 MB oder mehr und nicht von LFS verfolgt: der Hub lehnt den Push ab</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="142"/>
        <source>LFS pointer to %1 (%2 bytes): git lfs pull downloads it</source>
        <translation>LFS-Pointer auf %1 (%2 Bytes): git lfs pull lädt es herunter</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="187"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="189"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="193"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="195"/>
        <source>On the Hub</source>
        <translation>Auf dem Hub</translation>
    </message>
</context>
<context>
    <name>Cardigan::RepoFilePicker</name>
    <message>
        <location filename="../widgets/repofilepicker.cpp" line="40"/>
        <source>the card has no folder yet: save it first</source>
        <translation>die Karte hat noch keinen Ordner: speichern Sie sie zuerst</translation>
    </message>
    <message>
        <location filename="../widgets/repofilepicker.cpp" line="44"/>
        <source>&quot;%1&quot; is not a file</source>
        <translation>„%1“ ist keine Datei</translation>
    </message>
    <message>
        <location filename="../widgets/repofilepicker.cpp" line="51"/>
        <source>&quot;%1&quot; is outside the card&apos;s folder %2: the Hub can only link to files of the repository</source>
        <translation>„%1“ liegt außerhalb des Kartenordners %2: der Hub kann nur auf Dateien des Repositorys verlinken</translation>
    </message>
</context>
<context>
    <name>Cardigan::RepoPanel</name>
    <message>
        <location filename="../widgets/repopanel.cpp" line="45"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="58"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="59"/>
        <source>&amp;Rescan</source>
        <translation>Neu &amp;scannen</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="60"/>
        <source>Tags from your card</source>
        <translation>Tags aus Ihrer Karte</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="61"/>
        <source>Tags added by the Hub</source>
        <translation>Vom Hub hinzugefügte Tags</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="62"/>
        <source>Pipeline tag on the Hub</source>
        <translation>Pipeline-Tag auf dem Hub</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="63"/>
        <source>Library on the Hub</source>
        <translation>Bibliothek auf dem Hub</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="64"/>
        <source>Model size on the Hub</source>
        <translation>Modellgröße auf dem Hub</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="65"/>
        <source>Repository warnings</source>
        <translation>Repository-Warnungen</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="68"/>
        <source>Suggestion result</source>
        <translation>Ergebnis des Vorschlags</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="71"/>
        <source>Repository files</source>
        <translation>Dateien des Repositorys</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="75"/>
        <source>Scan status</source>
        <translation>Scan-Status</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="79"/>
        <source>Scanning</source>
        <translation>Scan läuft</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="82"/>
        <source>Cancel the scan</source>
        <translation>Den Scan abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="85"/>
        <source>Scan the repository again</source>
        <translation>Das Repository erneut scannen</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="86"/>
        <source>Read the card&apos;s folder again</source>
        <translation>Den Ordner der Karte neu einlesen</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="100"/>
        <source>&lt;b&gt;What the Hub will show&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was der Hub zeigen wird&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="101"/>
        <source>Tags from your card:</source>
        <translation>Tags aus Ihrer Karte:</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="102"/>
        <source>Added by the Hub:</source>
        <translation>Vom Hub hinzugefügt:</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="103"/>
        <source>pipeline_tag:</source>
        <translation>pipeline_tag:</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="104"/>
        <source>library_name:</source>
        <translation>library_name:</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="105"/>
        <source>Model size:</source>
        <translation>Modellgröße:</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="107"/>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="118"/>
        <source>What the Hub will show</source>
        <translation>Was der Hub zeigen wird</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="128"/>
        <source>Files of the repository</source>
        <translation>Dateien des Repositorys</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/repopanel.cpp" line="180"/>
        <source>Scanning %1: %n file(s) so far</source>
        <translation>
            <numerusform>%1 wird gescannt: bisher %n Datei</numerusform>
            <numerusform>%1 wird gescannt: bisher %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="193"/>
        <source>Untitled card: no repository. Save it as README.md in a model&apos;s folder to see its files as the Hub will.</source>
        <translation>Unbenannte Karte: kein Repository. Speichern Sie sie als README.md im Ordner eines Modells, um seine Dateien so zu sehen, wie der Hub sie sieht.</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="198"/>
        <source>Scan cancelled: %1 was not read. Rescan to try again.</source>
        <translation>Scan abgebrochen: %1 wurde nicht gelesen. Scannen Sie erneut, um es nochmals zu versuchen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/repopanel.cpp" line="203"/>
        <source>%n file(s), %1, in %2</source>
        <translation>
            <numerusform>%n Datei, %1, in %2</numerusform>
            <numerusform>%n Dateien, %1, in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/repopanel.cpp" line="207"/>
        <source>(%n not downloaded: LFS pointer(s))</source>
        <translation>
            <numerusform>(%n nicht heruntergeladen: LFS-Pointer)</numerusform>
            <numerusform>(%n nicht heruntergeladen: LFS-Pointer)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="222"/>
        <source>unknown while the YAML has an error</source>
        <translation>unbekannt, solange das YAML einen Fehler hat</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="226"/>
        <source>%1 (from %2)</source>
        <translation>%1 (aus %2)</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="227"/>
        <source>%1 (from %2: %3)</source>
        <translation>%1 (aus %2: %3)</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="231"/>
        <source>none: the model page shows no task</source>
        <translation>keins: die Modellseite zeigt keine Aufgabe</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="233"/>
        <location filename="../widgets/repopanel.cpp" line="240"/>
        <source>%1 (set in the card)</source>
        <translation>%1 (in der Karte gesetzt)</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="238"/>
        <source>none: the model page shows no library</source>
        <translation>keins: die Modellseite zeigt keine Bibliothek</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/repopanel.cpp" line="247"/>
        <source>unknown: %n safetensors file(s) could not be read (not downloaded or unreadable)</source>
        <translation>
            <numerusform>unbekannt: %n safetensors-Datei konnte nicht gelesen werden (nicht heruntergeladen oder unlesbar)</numerusform>
            <numerusform>unbekannt: %n safetensors-Dateien konnten nicht gelesen werden (nicht heruntergeladen oder unlesbar)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="250"/>
        <source>unknown: the Hub shows it for safetensors weights</source>
        <translation>unbekannt: der Hub zeigt sie für safetensors-Gewichte</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/repopanel.cpp" line="253"/>
        <source>(partial: %n safetensors file(s) not read)</source>
        <translation>
            <numerusform>(unvollständig: %n safetensors-Datei nicht gelesen)</numerusform>
            <numerusform>(unvollständig: %n safetensors-Dateien nicht gelesen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/repopanel.cpp" line="260"/>
        <source>… and %n more (see the files below)</source>
        <translation>
            <numerusform>… und %n weitere (siehe die Dateien unten)</numerusform>
            <numerusform>… und %n weitere (siehe die Dateien unten)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="310"/>
        <source>Set %1: %2</source>
        <translation>%1 setzen: %2</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="313"/>
        <source>Set %1 to %2 in the card</source>
        <translation>%1 in der Karte auf %2 setzen</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="332"/>
        <source>%1 was not set: %2</source>
        <translation>%1 wurde nicht gesetzt: %2</translation>
    </message>
</context>
<context>
    <name>Cardigan::ShortcutsDialog</name>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="52"/>
        <source>Next or previous control</source>
        <translation>Nächstes oder vorheriges Bedienelement</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="54"/>
        <source>In the source: leave the editor (Tab indents there)</source>
        <translation>Im Quelltext: den Editor verlassen (Tab rückt dort ein)</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="55"/>
        <source>On a row of tabs: previous or next tab</source>
        <translation>In einer Tab-Leiste: vorheriger oder nächster Tab</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="56"/>
        <source>Close the find or go-to-line bar</source>
        <translation>Suchleiste oder Leiste „Gehe zu Zeile“ schließen</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="58"/>
        <source>In the find field: next or previous match</source>
        <translation>Im Suchfeld: nächster oder vorheriger Treffer</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="59"/>
        <source>In a table: edit the current cell</source>
        <translation>In einer Tabelle: die aktuelle Zelle bearbeiten</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="60"/>
        <source>In the field under a list (tags, datasets...): add what is typed; a, b adds two</source>
        <translation>Im Feld unter einer Liste (Tags, Datensätze...): das Eingegebene hinzufügen; a, b fügt zwei hinzu</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="62"/>
        <source>In a list (tags, datasets...): remove the selected item</source>
        <translation>In einer Liste (Tags, Datensätze...): den ausgewählten Eintrag entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="63"/>
        <source>In the Problems list: go to the problem in the source</source>
        <translation>In der Liste Probleme: zum Problem im Quelltext gehen</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="72"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="75"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="78"/>
        <source>Command or key, e.g. find or Ctrl+F</source>
        <translation>Befehl oder Taste, z. B. suchen oder Strg+F</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="80"/>
        <source>Filter the shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="83"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="85"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="85"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="103"/>
        <source>Keys in the panes</source>
        <translation>Tasten in den Bereichen</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="141"/>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="170"/>
        <source>%1 (while it has the focus)</source>
        <translation>%1 (solange der Fokus dort ist)</translation>
    </message>
</context>
<context>
    <name>Cardigan::ShowChangesDialog</name>
    <message>
        <location filename="../widgets/showchangesdialog.cpp" line="52"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../widgets/showchangesdialog.cpp" line="68"/>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
</context>
<context>
    <name>Cardigan::SourceEditor</name>
    <message>
        <location filename="../widgets/sourceeditor.cpp" line="42"/>
        <source>Card source</source>
        <translation>Quelltext der Karte</translation>
    </message>
    <message>
        <location filename="../widgets/sourceeditor.cpp" line="357"/>
        <source>YAML error at line %1, column %2: %3</source>
        <translation>YAML-Fehler in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../widgets/sourceeditordiagnostics.cpp" line="28"/>
        <source>Fix: %1</source>
        <translation>Beheben: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sourceeditordiagnostics.cpp" line="45"/>
        <source>No problem here to fix.</source>
        <translation>Hier gibt es kein Problem zu beheben.</translation>
    </message>
    <message>
        <location filename="../widgets/sourceeditordiagnostics.cpp" line="46"/>
        <source>The problem here has no quick fix: edit the text.</source>
        <translation>Das Problem hier hat keine Schnellkorrektur: bearbeiten Sie den Text.</translation>
    </message>
    <message>
        <location filename="../widgets/sourceeditordiagnostics.cpp" line="54"/>
        <source>Quick fixes</source>
        <translation>Schnellkorrekturen</translation>
    </message>
    <message>
        <location filename="../widgets/sourceeditordiagnostics.cpp" line="84"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location filename="../widgets/sourceeditordiagnostics.cpp" line="86"/>
        <source>Quick fix (Ctrl+.): %1</source>
        <translation>Schnellkorrektur (Strg+.): %1</translation>
    </message>
</context>
<context>
    <name>Cardigan::SourcePane</name>
    <message>
        <location filename="../widgets/sourcepane.cpp" line="30"/>
        <source>This card has very long lines (over %L1 characters): lines are not wrapped, and the long ones are not coloured.</source>
        <translation>Diese Karte hat sehr lange Zeilen (über %L1 Zeichen): die Zeilen werden nicht umgebrochen, und die langen werden nicht eingefärbt.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcepane.cpp" line="33"/>
        <source>Long lines notice</source>
        <translation>Hinweis auf lange Zeilen</translation>
    </message>
    <message>
        <location filename="../widgets/sourcepane.cpp" line="52"/>
        <source>&amp;Find...</source>
        <translation>&amp;Suchen...</translation>
    </message>
    <message>
        <location filename="../widgets/sourcepane.cpp" line="53"/>
        <source>R&amp;eplace...</source>
        <translation>&amp;Ersetzen...</translation>
    </message>
    <message>
        <location filename="../widgets/sourcepane.cpp" line="55"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächstes suchen</translation>
    </message>
    <message>
        <location filename="../widgets/sourcepane.cpp" line="56"/>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriges suchen</translation>
    </message>
    <message>
        <location filename="../widgets/sourcepane.cpp" line="57"/>
        <source>&amp;Go to Line...</source>
        <translation>&amp;Gehe zu Zeile...</translation>
    </message>
</context>
<context>
    <name>Cardigan::TableDataDialog</name>
    <message>
        <location filename="../widgets/tabledatadialog.cpp" line="84"/>
        <source>Add &amp;column…</source>
        <translation>Spalte &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../widgets/tabledatadialog.cpp" line="88"/>
        <source>Add column</source>
        <translation>Spalte hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/tabledatadialog.cpp" line="88"/>
        <location filename="../widgets/tabledatadialog.cpp" line="101"/>
        <source>Column name:</source>
        <translation>Spaltenname:</translation>
    </message>
    <message>
        <location filename="../widgets/tabledatadialog.cpp" line="93"/>
        <source>Re&amp;name column…</source>
        <translation>Spalte &amp;umbenennen…</translation>
    </message>
    <message>
        <location filename="../widgets/tabledatadialog.cpp" line="101"/>
        <source>Rename column</source>
        <translation>Spalte umbenennen</translation>
    </message>
    <message>
        <location filename="../widgets/tabledatadialog.cpp" line="107"/>
        <source>Remo&amp;ve column</source>
        <translation>Spalte ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../widgets/tabledatadialog.cpp" line="157"/>
        <source>Two columns are called &quot;%1&quot;: the names must differ.</source>
        <translation>Zwei Spalten heißen „%1“: die Namen müssen sich unterscheiden.</translation>
    </message>
</context>
<context>
    <name>Cardigan::TableEditor</name>
    <message>
        <location filename="../widgets/tableeditor.cpp" line="24"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/tableeditor.cpp" line="25"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/tableeditor.cpp" line="48"/>
        <source>New entry name</source>
        <translation>Name des neuen Eintrags</translation>
    </message>
    <message>
        <location filename="../widgets/tableeditor.cpp" line="49"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../widgets/tableeditor.cpp" line="51"/>
        <source>New entry type</source>
        <translation>Typ des neuen Eintrags</translation>
    </message>
    <message>
        <location filename="../widgets/tableeditor.cpp" line="54"/>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/tableeditor.cpp" line="56"/>
        <source>Remove the selected entry of %1</source>
        <translation>Den ausgewählten Eintrag von %1 entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/tableeditor.cpp" line="65"/>
        <source>New entry value</source>
        <translation>Wert des neuen Eintrags</translation>
    </message>
    <message>
        <location filename="../widgets/tableeditor.cpp" line="66"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Cardigan::WidgetExampleEditor</name>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="48"/>
        <location filename="../widgets/widgetexampleeditor.cpp" line="85"/>
        <source>Widget examples</source>
        <translation>Widget-Beispiele</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="52"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="52"/>
        <source>Add an example</source>
        <translation>Ein Beispiel hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="53"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="54"/>
        <source>Copy the selected example below it</source>
        <translation>Das ausgewählte Beispiel darunter kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="55"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="56"/>
        <source>Remove the selected example</source>
        <translation>Das ausgewählte Beispiel entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="57"/>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="57"/>
        <source>Move the example up</source>
        <translation>Das Beispiel nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="58"/>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="58"/>
        <source>Move the example down</source>
        <translation>Das Beispiel nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="59"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="59"/>
        <source>Edit the selected cell</source>
        <translation>Die ausgewählte Zelle bearbeiten</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="60"/>
        <source>&amp;File…</source>
        <translation>&amp;Datei…</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="61"/>
        <source>Pick a file of the repository for the example&apos;s src</source>
        <translation>Eine Datei des Repositorys als src des Beispiels wählen</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="74"/>
        <source>The card has no widget examples: the Hub shows its default inputs. Add one to choose what visitors try first.</source>
        <translation>Die Karte hat keine Widget-Beispiele: der Hub zeigt seine Standardeingaben. Fügen Sie eines hinzu, um zu bestimmen, was Besucher zuerst ausprobieren.</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="133"/>
        <location filename="../widgets/widgetexampleeditor.cpp" line="345"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="203"/>
        <source>The examples are read-only here: %1. &lt;a href=&quot;%2&quot;&gt;Show in source&lt;/a&gt;</source>
        <translation>Die Beispiele sind hier schreibgeschützt: %1. &lt;a href=&quot;%2&quot;&gt;Im Quelltext zeigen&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="236"/>
        <location filename="../widgets/widgetexampleeditor.cpp" line="327"/>
        <source>Read-only here: %1. &lt;a href=&quot;%2&quot;&gt;Show in source&lt;/a&gt;</source>
        <translation>Hier schreibgeschützt: %1. &lt;a href=&quot;%2&quot;&gt;Im Quelltext zeigen&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="290"/>
        <source>Keys without a column are edited in the source. &lt;a href=&quot;%1&quot;&gt;Show in source&lt;/a&gt;</source>
        <translation>Schlüssel ohne Spalte werden im Quelltext bearbeitet. &lt;a href=&quot;%1&quot;&gt;Im Quelltext zeigen&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="303"/>
        <source>Not changed: the example was removed meanwhile.</source>
        <translation>Nicht geändert: das Beispiel wurde inzwischen entfernt.</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="333"/>
        <source>Save the card in its repository first: the file is picked from there. A URL can be typed in the cell.</source>
        <translation>Speichern Sie die Karte zuerst in ihrem Repository: die Datei wird von dort gewählt. Eine URL kann in die Zelle getippt werden.</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="339"/>
        <source>Example file</source>
        <translation>Beispieldatei</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="340"/>
        <source>Images and audio (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.flac *.wav *.mp3 *.ogg *.m4a);;All files (*)</source>
        <translation>Bilder und Audio (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.flac *.wav *.mp3 *.ogg *.m4a);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Cardigan::WidgetExampleModel</name>
    <message>
        <location filename="../widgets/examplevalues.cpp" line="82"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../widgets/examplevalues.cpp" line="84"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location filename="../widgets/examplevalues.cpp" line="86"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../widgets/examplevalues.cpp" line="88"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../widgets/examplevalues.cpp" line="90"/>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <location filename="../widgets/examplevalues.cpp" line="92"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../widgets/examplevalues.cpp" line="94"/>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="141"/>
        <source>Read-only here: %1. Edit it in the source.</source>
        <translation>Hier schreibgeschützt: %1. Bearbeiten Sie es im Quelltext.</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="173"/>
        <source>Keys the table has no column for</source>
        <translation>Schlüssel, für die die Tabelle keine Spalte hat</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="179"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="180"/>
        <source>File (src)</source>
        <translation>Datei (src)</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="181"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="182"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="183"/>
        <source>Candidate labels</source>
        <translation>Kandidaten-Labels</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="184"/>
        <source>Multi-class</source>
        <translation>Mehrklassig</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="185"/>
        <source>Source sentence</source>
        <translation>Ausgangssatz</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="186"/>
        <source>Sentences</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="187"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="188"/>
        <source>Structured data</source>
        <translation>Strukturierte Daten</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="189"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="190"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="191"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="192"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="193"/>
        <source>Other keys</source>
        <translation>Weitere Schlüssel</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="250"/>
        <source>%1 (score %2)</source>
        <translation>%1 (Score %2)</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="263"/>
        <source>%1 × %2: %3</source>
        <translation>%1 × %2: %3</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="264"/>
        <source>1 column</source>
        <translation>1 Spalte</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="264"/>
        <source>%1 columns</source>
        <translation>%1 Spalten</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="265"/>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="265"/>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="346"/>
        <source>the YAML does not parse</source>
        <translation>das YAML lässt sich nicht lesen</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="350"/>
        <source>the metadata is %1, not a mapping</source>
        <translation>die Metadaten sind %1, keine Zuordnung</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="358"/>
        <source>`widget` comes from a merge key (&lt;&lt;)</source>
        <translation>`widget` stammt aus einem Merge-Schlüssel (&lt;&lt;)</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="362"/>
        <source>`widget` is an alias (*%1)</source>
        <translation>`widget` ist ein Alias (*%1)</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="365"/>
        <source>`widget` has an anchor (&amp;%1) that other values may use</source>
        <translation>`widget` hat einen Anker (&amp;%1), den andere Werte verwenden können</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="368"/>
        <source>`widget` has a tag (%1)</source>
        <translation>`widget` hat ein Tag (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="371"/>
        <source>`widget` is %1, not a list</source>
        <translation>`widget` ist %1, keine Liste</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="388"/>
        <source>it holds an alias (*%1)</source>
        <translation>es enthält einen Alias (*%1)</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="391"/>
        <source>it has an anchor (&amp;%1) that other values may use</source>
        <translation>es hat einen Anker (&amp;%1), den andere Werte verwenden können</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="394"/>
        <source>it has a tag (%1)</source>
        <translation>es hat ein Tag (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="404"/>
        <source>the example has no text of its own</source>
        <translation>das Beispiel hat keinen eigenen Text</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="408"/>
        <source>the example is an alias (*%1)</source>
        <translation>das Beispiel ist ein Alias (*%1)</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="411"/>
        <source>the example has an anchor or a tag</source>
        <translation>das Beispiel hat einen Anker oder ein Tag</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="415"/>
        <source>the example is %1, not a mapping</source>
        <translation>das Beispiel ist %1, keine Zuordnung</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="418"/>
        <source>keys without a column are edited in the source</source>
        <translation>Schlüssel ohne Spalte werden im Quelltext bearbeitet</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="425"/>
        <source>the value comes from a merge key (&lt;&lt;)</source>
        <translation>der Wert stammt aus einem Merge-Schlüssel (&lt;&lt;)</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="436"/>
        <source>it is %1, not a string</source>
        <translation>es ist %1, keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="440"/>
        <source>it is %1, not true or false</source>
        <translation>es ist %1, weder true noch false</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="442"/>
        <source>it is not a list of strings</source>
        <translation>es ist keine Liste von Zeichenketten</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="445"/>
        <source>it is not a mapping of columns to lists of strings or numbers</source>
        <translation>es ist keine Zuordnung von Spalten zu Listen von Zeichenketten oder Zahlen</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="447"/>
        <source>it is not a list of {role, content} messages</source>
        <translation>es ist keine Liste von {role, content}-Nachrichten</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="450"/>
        <source>it is not one of the Hub&apos;s output shapes (labels with scores, answer with score, text, url)</source>
        <translation>es ist keine der Ausgabeformen des Hubs (Labels mit Scores, Antwort mit Score, Text, URL)</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodeledits.cpp" line="72"/>
        <location filename="../widgets/widgetexamplemodeledits.cpp" line="83"/>
        <location filename="../widgets/widgetexamplemodeledits.cpp" line="91"/>
        <location filename="../widgets/widgetexamplemodeledits.cpp" line="116"/>
        <location filename="../widgets/widgetexamplemodeledits.cpp" line="124"/>
        <location filename="../widgets/widgetexamplemodeledits.cpp" line="141"/>
        <source>%1; nothing was changed: edit it in the source</source>
        <translation>%1; nichts wurde geändert: bearbeiten Sie es im Quelltext</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodeledits.cpp" line="73"/>
        <source>the example is not a mapping</source>
        <translation>das Beispiel ist keine Zuordnung</translation>
    </message>
</context>
<context>
    <name>Cardigan::WidgetPreview</name>
    <message>
        <location filename="../widgets/widgetpreview.cpp" line="22"/>
        <source>Inference widget preview</source>
        <translation>Vorschau des Inferenz-Widgets</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreview.cpp" line="35"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreview.cpp" line="38"/>
        <source>Example groups</source>
        <translation>Beispielgruppen</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreview.cpp" line="41"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreview.cpp" line="60"/>
        <source>Example inputs and output</source>
        <translation>Beispieleingaben und -ausgabe</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreview.cpp" line="130"/>
        <source>%1 (inferred)</source>
        <translation>%1 (abgeleitet)</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreview.cpp" line="135"/>
        <source>The card has no widget examples: these are the Hub&apos;s default inputs for &quot;%1&quot;.</source>
        <translation>Die Karte hat keine Widget-Beispiele: dies sind die Standardeingaben des Hubs für „%1“.</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="142"/>
        <source>Audio: %1</source>
        <translation>Audio: %1</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="152"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="153"/>
        <source>Play the example&apos;s audio</source>
        <translation>Das Audio des Beispiels abspielen</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="165"/>
        <source>Example image %1</source>
        <translation>Beispielbild %1</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="190"/>
        <source>Remote image not loaded: %1
(View &gt; Load Remote Images allows it)</source>
        <translation>Entferntes Bild nicht geladen: %1
(Ansicht &gt; Entfernte Bilder laden erlaubt es)</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="198"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="205"/>
        <source>Could not load %1</source>
        <translation>%1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="220"/>
        <source>%1 (save the card in its repository to see the image)</source>
        <translation>%1 (speichern Sie die Karte in ihrem Repository, um das Bild zu sehen)</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="221"/>
        <source>%1: no such image in the card&apos;s folder</source>
        <translation>%1: kein solches Bild im Ordner der Karte</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="240"/>
        <location filename="../widgets/widgetpreviewparts.cpp" line="312"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="241"/>
        <location filename="../widgets/widgetpreviewparts.cpp" line="242"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="247"/>
        <source>Text to classify</source>
        <translation>Zu klassifizierender Text</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="249"/>
        <source>Possible class names (comma-separated)</source>
        <translation>Mögliche Klassennamen (durch Kommas getrennt)</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="251"/>
        <source>Possible class names</source>
        <translation>Mögliche Klassennamen</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="253"/>
        <source>Allow multiple true classes</source>
        <translation>Mehrere zutreffende Klassen erlauben</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="261"/>
        <source>Source Sentence</source>
        <translation>Ausgangssatz</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="263"/>
        <source>Source sentence</source>
        <translation>Ausgangssatz</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="264"/>
        <source>Sentences to compare to</source>
        <translation>Vergleichssätze</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="266"/>
        <source>Sentence to compare to</source>
        <translation>Vergleichssatz</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="270"/>
        <source>Question about the table</source>
        <translation>Frage zur Tabelle</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="295"/>
        <source>Text to continue</source>
        <translation>Fortzusetzender Text</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="308"/>
        <source>Text guidance</source>
        <translation>Textvorgabe</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="312"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="317"/>
        <source>Mask token: &lt;mask&gt; (the model&apos;s own token on the Hub)</source>
        <translation>Masken-Token: &lt;mask&gt; (auf dem Hub das Token des Modells)</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="318"/>
        <source>Text with a mask</source>
        <translation>Text mit einer Maske</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="322"/>
        <source>Input text</source>
        <translation>Eingabetext</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="326"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="326"/>
        <source>Compute</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="328"/>
        <source>Cardigan runs no model: it shows the card&apos;s example outputs.</source>
        <translation>Cardigan führt kein Modell aus: es zeigt die Beispielausgaben der Karte.</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="338"/>
        <source>No output in the card: on the Hub this example&apos;s output would be computed by running the model.</source>
        <translation>Keine Ausgabe in der Karte: auf dem Hub würde die Ausgabe dieses Beispiels durch Ausführen des Modells berechnet.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="73"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
</context>
<context>
    <name>TableRowButtons</name>
    <message>
        <location filename="../widgets/tablerowbuttons.cpp" line="41"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/tablerowbuttons.cpp" line="42"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/tablerowbuttons.cpp" line="43"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../widgets/tablerowbuttons.cpp" line="44"/>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
</context>
</TS>
