<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Cardigan</name>
    <message>
        <location filename="../core/blockscalar.cpp" line="70"/>
        <source>the value is not a block scalar</source>
        <translation>la valeur n’est pas un scalaire de bloc</translation>
    </message>
    <message>
        <location filename="../core/blockscalar.cpp" line="116"/>
        <source>the text holds a character (U+%1) that a block scalar cannot hold</source>
        <translation>le texte contient un caractère (U+%1) qu’un scalaire de bloc ne peut pas contenir</translation>
    </message>
    <message>
        <location filename="../core/blockscalar.cpp" line="150"/>
        <source>the text is indented too deeply for a block scalar</source>
        <translation>le texte est trop indenté pour un scalaire de bloc</translation>
    </message>
    <message>
        <location filename="../core/blockscalar.cpp" line="167"/>
        <source>this text cannot be written in the folded style (&gt;) it had</source>
        <translation>ce texte ne peut pas être écrit dans le style replié (&gt;) qu’il avait</translation>
    </message>
    <message>
        <location filename="../core/blockscalar.cpp" line="168"/>
        <source>this text cannot be written in the literal style (|) it had</source>
        <translation>ce texte ne peut pas être écrit dans le style littéral (|) qu’il avait</translation>
    </message>
    <message>
        <location filename="../core/carddocument.cpp" line="273"/>
        <source>the metadata must be a mapping of keys (the Hub refuses a front matter that is a list or a single value); nothing was changed: edit it in the source</source>
        <translation>les métadonnées doivent être un mapping de clés (le Hub refuse un en-tête YAML qui est une liste ou une valeur seule) ; rien n’a été modifié : modifiez-les dans la source</translation>
    </message>
    <message>
        <location filename="../core/carddocument.cpp" line="290"/>
        <source>the edit would break the YAML (%1)</source>
        <translation>la modification casserait le YAML (%1)</translation>
    </message>
    <message>
        <location filename="../core/carddocument.cpp" line="292"/>
        <source>the edit would give YAML that other tools cannot read (%1)</source>
        <translation>la modification donnerait du YAML que d’autres outils ne peuvent pas lire (%1)</translation>
    </message>
    <message>
        <location filename="../core/carddocument.cpp" line="293"/>
        <source>the edit would change more than the value asked for</source>
        <translation>la modification changerait plus que la valeur demandée</translation>
    </message>
    <message>
        <location filename="../core/carddocument.cpp" line="303"/>
        <source>; nothing was changed: edit it in the source</source>
        <translation>; rien n’a été modifié : modifiez-le dans la source</translation>
    </message>
    <message>
        <location filename="../core/carddocument.cpp" line="315"/>
        <source>&quot;%1&quot; is not a YAML value: %2</source>
        <translation>« %1 » n’est pas une valeur YAML : %2</translation>
    </message>
    <message>
        <location filename="../core/carddocument.cpp" line="366"/>
        <location filename="../core/carddocumentgroup.cpp" line="103"/>
        <location filename="../core/carddocumentgroup.cpp" line="113"/>
        <source>the edit does not apply to this metadata</source>
        <translation>la modification ne s’applique pas à ces métadonnées</translation>
    </message>
    <message>
        <location filename="../core/cardfile.cpp" line="126"/>
        <source>looks like a binary file (NUL byte at offset %1)</source>
        <translation>semble être un fichier binaire (octet NUL à la position %1)</translation>
    </message>
    <message>
        <location filename="../core/cardfile.cpp" line="129"/>
        <source>not valid UTF-8: byte %1 at offset %2</source>
        <translation>UTF-8 non valide : octet %1 à la position %2</translation>
    </message>
    <message>
        <location filename="../core/cardfile.cpp" line="151"/>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <location filename="../core/cardfile.cpp" line="155"/>
        <source>%1 is a folder, not a file</source>
        <translation>%1 est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../core/cardfile.cpp" line="160"/>
        <source>%1 is not a regular file</source>
        <translation>%1 n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../core/cardfile.cpp" line="166"/>
        <source>%1 is %2; Cardigan opens cards up to %3</source>
        <translation>%1 fait %2 ; Cardigan ouvre les fiches jusqu’à %3</translation>
    </message>
    <message>
        <location filename="../core/cardfile.cpp" line="178"/>
        <location filename="../core/cardfile.cpp" line="185"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location filename="../core/cardfile.cpp" line="192"/>
        <location filename="../core/reposcanner.cpp" line="261"/>
        <location filename="../core/reposcanner.cpp" line="270"/>
        <location filename="../core/reposcanner.cpp" line="289"/>
        <location filename="../core/reposcanner.cpp" line="296"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../core/cardfile.cpp" line="204"/>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/catalognames.cpp" line="56"/>
        <source>Multilingual</source>
        <translation>Multilingue</translation>
    </message>
    <message>
        <location filename="../core/catalognames.cpp" line="57"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../core/cli.cpp" line="61"/>
        <source>cardigan: %1: the metadata expands to more than %2 values (aliases)</source>
        <translation>cardigan : %1 : les métadonnées se développent en plus de %2 valeurs (alias)</translation>
    </message>
    <message>
        <location filename="../core/cli.cpp" line="83"/>
        <location filename="../core/lintcommand.cpp" line="95"/>
        <location filename="../core/rendercommand.cpp" line="178"/>
        <source>cardigan: unknown option %1</source>
        <translation>cardigan : option inconnue %1</translation>
    </message>
    <message>
        <location filename="../core/cli.cpp" line="99"/>
        <source>cardigan: &quot;%1&quot; is not PATH=VALUE</source>
        <translation>cardigan : « %1 » n’est pas de la forme PATH=VALUE</translation>
    </message>
    <message>
        <location filename="../core/cli.cpp" line="117"/>
        <source>cardigan: %1: %2: refused: %3</source>
        <translation>cardigan : %1 : %2 : refusé : %3</translation>
    </message>
    <message>
        <location filename="../core/cli.cpp" line="121"/>
        <source>cardigan: %1: %2</source>
        <translation>cardigan : %1 : %2</translation>
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
        <translation>usage : cardigan [FILE|FOLDER]                     ouvre l’éditeur
        cardigan --new-from-template               ouvre l’éditeur sur une nouvelle fiche avec les
                                                   sections recommandées par le Hub
        cardigan meta FILE                         affiche les métadonnées en JSON
        cardigan set FILE PATH=VALUE... [--stdout] définit des valeurs
        cardigan unset FILE PATH... [--stdout]     supprime des clés ou des éléments
        cardigan tags DIR [--json]                 ce que le Hub déduit d’un dépôt
        cardigan lint [--format text|json|github] PATH...
                                                   vérifie les fiches comme le Hub
        cardigan render FILE [-o OUT.html]         la page du modèle en un seul fichier HTML
PATH : license, a.b, tags[2], tags[+], widget[0].example_title
VALUE : texte YAML en style flow : mit, [en, fr], {text: hi}</translation>
    </message>
    <message>
        <location filename="../core/ggufheader.cpp" line="93"/>
        <source>a value is too long to keep</source>
        <translation>une valeur est trop longue pour être conservée</translation>
    </message>
    <message>
        <location filename="../core/ggufheader.cpp" line="100"/>
        <location filename="../core/ggufheader.cpp" line="185"/>
        <source>could not seek to byte %1</source>
        <translation>impossible d’aller à l’octet %1</translation>
    </message>
    <message>
        <location filename="../core/ggufheader.cpp" line="161"/>
        <source>the header runs past the end of the file at byte %1 (the file is truncated or the header lies)</source>
        <translation>l’en-tête dépasse la fin du fichier à l’octet %1 (le fichier est tronqué ou l’en-tête est faux)</translation>
    </message>
    <message>
        <location filename="../core/ggufheader.cpp" line="168"/>
        <source>the header is larger than %1 bytes; the rest was not read</source>
        <translation>l’en-tête dépasse %1 octets ; le reste n’a pas été lu</translation>
    </message>
    <message>
        <location filename="../core/ggufheader.cpp" line="192"/>
        <source>could not read the header at byte %1</source>
        <translation>impossible de lire l’en-tête à l’octet %1</translation>
    </message>
    <message>
        <location filename="../core/ggufheader.cpp" line="308"/>
        <source>not a GGUF file (no GGUF magic)</source>
        <translation>pas un fichier GGUF (pas de signature GGUF)</translation>
    </message>
    <message>
        <location filename="../core/ggufheader.cpp" line="311"/>
        <source>unsupported GGUF version %1</source>
        <translation>version GGUF %1 non prise en charge</translation>
    </message>
    <message>
        <location filename="../core/ggufheader.cpp" line="316"/>
        <location filename="../core/ggufheader.cpp" line="322"/>
        <source>the GGUF header is truncated</source>
        <translation>l’en-tête GGUF est tronqué</translation>
    </message>
    <message>
        <location filename="../core/ggufheader.cpp" line="328"/>
        <source>the GGUF header claims %1 tensors and %2 key/values: the file is damaged</source>
        <translation>l’en-tête GGUF annonce %1 tenseurs et %2 clés/valeurs : le fichier est endommagé</translation>
    </message>
    <message>
        <location filename="../core/ggufheader.cpp" line="337"/>
        <source>GGUF key/value %1 could not be read</source>
        <translation>impossible de lire la clé/valeur GGUF %1</translation>
    </message>
    <message>
        <location filename="../core/ggufheader.cpp" line="343"/>
        <source>GGUF value &quot;%1&quot; (type %2) could not be read</source>
        <translation>impossible de lire la valeur GGUF « %1 » (type %2)</translation>
    </message>
    <message>
        <location filename="../core/ggufheader.cpp" line="366"/>
        <source>GGUF tensor info %1 could not be read; the parameter count is unknown</source>
        <translation>impossible de lire l’info de tenseur GGUF %1 ; le nombre de paramètres est inconnu</translation>
    </message>
    <message>
        <location filename="../core/ggufheader.cpp" line="382"/>
        <source>GGUF tensor info %1 has an impossible shape</source>
        <translation>l’info de tenseur GGUF %1 a une forme impossible</translation>
    </message>
    <message>
        <location filename="../core/ggufheader.cpp" line="390"/>
        <source>GGUF tensor info %1 could not be read</source>
        <translation>impossible de lire l’info de tenseur GGUF %1</translation>
    </message>
    <message>
        <location filename="../core/hubtags.cpp" line="95"/>
        <source>library_name &quot;%1&quot; is not a library the Hub knows</source>
        <translation>library_name « %1 » n’est pas une bibliothèque connue du Hub</translation>
    </message>
    <message>
        <location filename="../core/hubtags.cpp" line="119"/>
        <source>library_name comes from config.json only for repositories created before August 2024: set library_name: transformers</source>
        <translation>library_name ne vient de config.json que pour les dépôts créés avant août 2024 : définissez library_name: transformers</translation>
    </message>
    <message>
        <location filename="../core/hubtags.cpp" line="132"/>
        <source>pipeline_tag &quot;%1&quot; is not a pipeline type the Hub knows</source>
        <translation>pipeline_tag « %1 » n’est pas un type de pipeline connu du Hub</translation>
    </message>
    <message>
        <location filename="../core/hubtags.cpp" line="177"/>
        <location filename="../core/hubtags.cpp" line="191"/>
        <source>%1 params</source>
        <translation>%1 paramètres</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/hubtags.cpp" line="182"/>
        <source>%n safetensors file(s) could not be read: the parameter count is partial</source>
        <translation>
            <numerusform>%n fichier safetensors n’a pas pu être lu : le nombre de paramètres est partiel</numerusform>
            <numerusform>%n fichiers safetensors n’ont pas pu être lus : le nombre de paramètres est partiel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/hubtags.cpp" line="261"/>
        <source>repositories created since August 2024 are not recognised as transformers from config.json</source>
        <translation>les dépôts créés depuis août 2024 ne sont plus reconnus comme transformers d’après config.json</translation>
    </message>
    <message>
        <location filename="../core/hubtags.cpp" line="263"/>
        <location filename="../core/hubtags.cpp" line="268"/>
        <source>the Hub infers it from %1</source>
        <translation>le Hub le déduit de %1</translation>
    </message>
    <message>
        <location filename="../core/hubtags.cpp" line="315"/>
        <location filename="../core/hubtags.cpp" line="330"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../core/hubtags.cpp" line="317"/>
        <source>explicit (pipeline_tag in the card)</source>
        <translation>explicite (pipeline_tag dans la fiche)</translation>
    </message>
    <message>
        <location filename="../core/hubtags.cpp" line="319"/>
        <source>config.json architectures</source>
        <translation>architectures de config.json</translation>
    </message>
    <message>
        <location filename="../core/hubtags.cpp" line="321"/>
        <location filename="../core/hubtags.cpp" line="334"/>
        <source>a tag in the card</source>
        <translation>un tag de la fiche</translation>
    </message>
    <message>
        <location filename="../core/hubtags.cpp" line="332"/>
        <source>explicit (library_name in the card)</source>
        <translation>explicite (library_name dans la fiche)</translation>
    </message>
    <message>
        <location filename="../core/hubtags.cpp" line="336"/>
        <source>the repository&apos;s files</source>
        <translation>les fichiers du dépôt</translation>
    </message>
    <message>
        <location filename="../core/hubtags.cpp" line="338"/>
        <source>legacy: config.json</source>
        <translation>ancien mode : config.json</translation>
    </message>
    <message>
        <location filename="../core/lintcommand.cpp" line="88"/>
        <source>cardigan: --format needs a value: text, json or github</source>
        <translation>cardigan : --format attend une valeur : text, json ou github</translation>
    </message>
    <message>
        <location filename="../core/lintcommand.cpp" line="109"/>
        <source>cardigan: unknown format %1 (text, json or github)</source>
        <translation>cardigan : format inconnu %1 (text, json ou github)</translation>
    </message>
    <message>
        <location filename="../core/lintrulesbody.cpp" line="156"/>
        <source>The Hub does not render $...$ as math; write \\(...\\) for inline math.</source>
        <translation>Le Hub n’affiche pas $...$ comme des mathématiques ; écrivez \\(...\\) pour les formules en ligne.</translation>
    </message>
    <message>
        <location filename="../core/lintrulesbody.cpp" line="159"/>
        <source>Write as \\(...\\)</source>
        <translation>Écrire \\(...\\)</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="40"/>
        <source>Model details</source>
        <translation>Détails du modèle</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="41"/>
        <source>What the model is, who made it, and what it was built from.</source>
        <translation>Ce qu’est le modèle, qui l’a créé et à partir de quoi il a été construit.</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="46"/>
        <source>Uses</source>
        <translation>Utilisations</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="47"/>
        <source>What the model is for, and what it must not be used for.</source>
        <translation>À quoi sert le modèle, et à quoi il ne doit pas servir.</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="48"/>
        <source>intended uses</source>
        <translation>utilisations prévues</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="50"/>
        <source>Bias, risks, and limitations</source>
        <translation>Biais, risques et limites</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="51"/>
        <source>Where the model fails or is unfair, so users can judge the risk.</source>
        <translation>Là où le modèle échoue ou est injuste, pour que les utilisateurs puissent juger du risque.</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="53"/>
        <source>limitations</source>
        <translation>limites</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="55"/>
        <source>How to get started</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="56"/>
        <source>Code that runs is the quickest way to try the model.</source>
        <translation>Du code qui fonctionne est le moyen le plus rapide d’essayer le modèle.</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="60"/>
        <source>Training details</source>
        <translation>Détails de l’entraînement</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="61"/>
        <source>The data and procedure behind the model, to understand and reproduce it.</source>
        <translation>Les données et la procédure derrière le modèle, pour le comprendre et le reproduire.</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="63"/>
        <source>training data</source>
        <translation>données d’entraînement</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="65"/>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="66"/>
        <source>How well the model works, on which data, by which measure.</source>
        <translation>Les performances du modèle, sur quelles données, selon quelle mesure.</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="68"/>
        <source>evaluation</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="71"/>
        <source>Environmental impact</source>
        <translation>Impact environnemental</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="72"/>
        <source>The compute and the carbon emitted to train the model.</source>
        <translation>La puissance de calcul et le carbone émis pour entraîner le modèle.</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="74"/>
        <source>Citation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../core/cardsections.cpp" line="75"/>
        <source>How to credit the model and its authors.</source>
        <translation>Comment citer le modèle et ses auteurs.</translation>
    </message>
    <message>
        <location filename="../core/lintrulesbody.cpp" line="181"/>
        <source>The card has no section about %1 (recommended by the Hub&apos;s model card guide).</source>
        <translation>La fiche n’a pas de section sur %1 (recommandée par le guide des fiches de modèle du Hub).</translation>
    </message>
    <message>
        <location filename="../core/lintrulesdocument.cpp" line="14"/>
        <source>empty or missing yaml metadata in repo card</source>
        <translation>métadonnées YAML vides ou absentes dans la fiche du dépôt</translation>
    </message>
    <message>
        <location filename="../core/lintrulesdocument.cpp" line="46"/>
        <source>Invalid YAML in README.md: %1 (%2:%3)</source>
        <translation>YAML non valide dans README.md : %1 (%2:%3)</translation>
    </message>
    <message>
        <location filename="../core/lintrulesdocument.cpp" line="69"/>
        <source>The YAML metadata of your README.md is invalid: the block holds no mapping.</source>
        <translation>Les métadonnées YAML de votre README.md ne sont pas valides : le bloc ne contient pas de mapping.</translation>
    </message>
    <message>
        <location filename="../core/lintrulesdocument.cpp" line="86"/>
        <source>&quot;value&quot; must be of type object: the metadata must be a mapping of keys to values.</source>
        <translation>« value » doit être de type object : les métadonnées doivent associer des valeurs à des clés.</translation>
    </message>
    <message>
        <location filename="../core/lintrulesdocument.cpp" line="88"/>
        <source>The YAML metadata of your README.md is invalid: it must be a mapping of keys to values.</source>
        <translation>Les métadonnées YAML de votre README.md ne sont pas valides : elles doivent associer des valeurs à des clés.</translation>
    </message>
    <message>
        <location filename="../core/lintrulesdocument.cpp" line="101"/>
        <source>The file starts with a byte order mark: huggingface_hub (Python) does not find the metadata behind it. Save the file without a BOM.</source>
        <translation>Le fichier commence par une marque d’ordre des octets : huggingface_hub (Python) ne trouve pas les métadonnées qui la suivent. Enregistrez le fichier sans BOM.</translation>
    </message>
    <message>
        <location filename="../core/lintrulesdocument.cpp" line="104"/>
        <source>Remove the byte order mark</source>
        <translation>Supprimer la marque d’ordre des octets</translation>
    </message>
    <message>
        <location filename="../core/lintrulesdocument.cpp" line="110"/>
        <source>The metadata block opened here is never closed by a &quot;---&quot; line, so the Hub sees no metadata (%1).</source>
        <translation>Le bloc de métadonnées ouvert ici n’est jamais fermé par une ligne « --- », le Hub ne voit donc aucune métadonnée (%1).</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="100"/>
        <source>&quot;license&quot; must be one of the Hub&apos;s license ids (mit, apache-2.0, other, ...).</source>
        <translation>« license » doit être l’un des identifiants de licence du Hub (mit, apache-2.0, other, ...).</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="102"/>
        <source>&quot;license&quot; must be one of the Hub&apos;s license ids: did you mean %1?</source>
        <translation>« license » doit être l’un des identifiants de licence du Hub : vouliez-vous dire %1 ?</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="105"/>
        <source>%1 is not a license id of the Hub. </source>
        <translation>%1 n’est pas un identifiant de licence du Hub. </translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="110"/>
        <location filename="../core/lintruleskeys.cpp" line="168"/>
        <location filename="../core/lintruleskeys.cpp" line="265"/>
        <location filename="../core/lintruleskeys.cpp" line="278"/>
        <source>Change to %1</source>
        <translation>Remplacer par %1</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="127"/>
        <source>&quot;license: other&quot; needs %1: the license&apos;s id and a link to its text (a URL, or LICENSE in the repository).</source>
        <translation>« license: other » nécessite %1 : l’identifiant de la licence et un lien vers son texte (une URL, ou LICENSE dans le dépôt).</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="129"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="149"/>
        <source>%1 must only contain lowercase characters.</source>
        <translation>%1 ne doit contenir que des minuscules.</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="158"/>
        <source>%1 with value %2 is not valid. It must be an ISO 639-1, 639-2 or 639-3 code, &quot;multilingual&quot; or &quot;code&quot;.</source>
        <translation>%1 avec la valeur %2 n’est pas valide. Ce doit être un code ISO 639-1, 639-2 ou 639-3, « multilingual » ou « code ».</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="162"/>
        <location filename="../core/lintruleskeys.cpp" line="273"/>
        <source>Did you mean %1?</source>
        <translation>Vouliez-vous dire %1 ?</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="185"/>
        <source>%1 must not be empty (null): give a value or remove the key.</source>
        <translation>%1 ne doit pas être vide (null) : donnez une valeur ou supprimez la clé.</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="196"/>
        <source>%1 must be a string or a list of strings.</source>
        <translation>%1 doit être une chaîne ou une liste de chaînes.</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="205"/>
        <source>%1 must not be null.</source>
        <translation>%1 ne doit pas être null.</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="208"/>
        <location filename="../core/lintruleskeys.cpp" line="246"/>
        <source>%1 must be a string.</source>
        <translation>%1 doit être une chaîne.</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="228"/>
        <source>The Hub adds %1 tags itself from the metadata; %2 here is redundant.</source>
        <translation>Le Hub ajoute lui-même les tags %1 à partir des métadonnées ; %2 est ici superflu.</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="230"/>
        <source>Remove the tag</source>
        <translation>Supprimer le tag</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="262"/>
        <source>%1 is no longer one of the Hub&apos;s pipeline tags; it became %2.</source>
        <translation>%1 n’est plus l’un des tags de pipeline du Hub ; il est devenu %2.</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="271"/>
        <source>%1 is not a known %2.</source>
        <translation>%1 n’est pas connu comme %2.</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="291"/>
        <source>&quot;co2_eq_emissions&quot; should be a mapping such as {emissions: 1.23} (grams of CO2).</source>
        <translation>« co2_eq_emissions » devrait être un mapping comme {emissions: 1.23} (grammes de CO2).</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="299"/>
        <source>&quot;co2_eq_emissions.emissions&quot; must be a number (grams of CO2).</source>
        <translation>« co2_eq_emissions.emissions » doit être un nombre (grammes de CO2).</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="310"/>
        <source>&quot;extra_gated_fields&quot; must be of type object (a mapping of labels to field types).</source>
        <translation>« extra_gated_fields » doit être de type object (un mapping d’étiquettes vers des types de champ).</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="332"/>
        <source>pipeline tag</source>
        <translation>tag de pipeline</translation>
    </message>
    <message>
        <location filename="../core/lintruleskeys.cpp" line="334"/>
        <source>library of the Hub</source>
        <translation>bibliothèque du Hub</translation>
    </message>
    <message>
        <location filename="../core/lintrulesmodelindex.cpp" line="71"/>
        <source>%1 is missing: huggingface_hub cannot read these results without it (Invalid model_index).</source>
        <translation>%1 est absent : huggingface_hub ne peut pas lire ces résultats sans lui (Invalid model_index).</translation>
    </message>
    <message>
        <location filename="../core/lintrulesmodelindex.cpp" line="127"/>
        <source>%1 must be an array</source>
        <translation>%1 doit être un tableau</translation>
    </message>
    <message>
        <location filename="../core/lintrulesmodelindex.cpp" line="137"/>
        <source>%1 must be of type object</source>
        <translation>%1 doit être de type object</translation>
    </message>
    <message>
        <location filename="../core/lintrulesmodelindex.cpp" line="148"/>
        <source>%1 is required</source>
        <translation>%1 est obligatoire</translation>
    </message>
    <message>
        <location filename="../core/lintrulesmodelindex.cpp" line="159"/>
        <source>%1 must be a string</source>
        <translation>%1 doit être une chaîne</translation>
    </message>
    <message>
        <location filename="../core/lintruleswidget.cpp" line="89"/>
        <source>%1 names %2, which is not in the repository.</source>
        <translation>%1 désigne %2, qui n’est pas dans le dépôt.</translation>
    </message>
    <message>
        <location filename="../core/lintruleswidget.cpp" line="98"/>
        <source>%1 must be a mapping (text:, src:, example_title:, ...).</source>
        <translation>%1 doit être un mapping (text:, src:, example_title:, ...).</translation>
    </message>
    <message>
        <location filename="../core/lintruleswidget.cpp" line="116"/>
        <source>%1 has no %2, which the %3 widget needs.</source>
        <translation>%1 n’a pas de %2, dont le widget %3 a besoin.</translation>
    </message>
    <message>
        <location filename="../core/lintruleswidget.cpp" line="127"/>
        <source>%1 must be %2 for the %3 widget.</source>
        <translation>%1 doit être %2 pour le widget %3.</translation>
    </message>
    <message>
        <location filename="../core/lintruleswidget.cpp" line="147"/>
        <source>&quot;widget&quot; must be a list of examples.</source>
        <translation>« widget » doit être une liste d’exemples.</translation>
    </message>
    <message>
        <location filename="../core/lintrulesyaml11.cpp" line="22"/>
        <source>the string %1</source>
        <translation>la chaîne %1</translation>
    </message>
    <message>
        <location filename="../core/lintrulesyaml11.cpp" line="27"/>
        <location filename="../core/yamlsplicer.cpp" line="70"/>
        <source>a date</source>
        <translation>une date</translation>
    </message>
    <message>
        <location filename="../core/lintrulesyaml11.cpp" line="29"/>
        <source>nothing (PyYAML cannot construct &quot;=&quot;)</source>
        <translation>rien (PyYAML ne sait pas construire « = »)</translation>
    </message>
    <message>
        <location filename="../core/lintrulesyaml11.cpp" line="61"/>
        <source>huggingface_hub (PyYAML) reads %1 as %2, the Hub as %3.</source>
        <translation>huggingface_hub (PyYAML) lit %1 comme %2, le Hub comme %3.</translation>
    </message>
    <message>
        <location filename="../core/lintrulesyaml11.cpp" line="70"/>
        <source>Quote it: %1</source>
        <translation>Le mettre entre guillemets : %1</translation>
    </message>
    <message>
        <location filename="../core/lintrulesyaml11.cpp" line="76"/>
        <source>Write it as %1</source>
        <translation>L’écrire %1</translation>
    </message>
    <message>
        <location filename="../core/listedits.cpp" line="52"/>
        <location filename="../core/yamlpath.cpp" line="232"/>
        <location filename="../core/yamlsplicermove.cpp" line="49"/>
        <source>%1 is not a list</source>
        <translation>%1 n’est pas une liste</translation>
    </message>
    <message>
        <location filename="../core/markdownrenderer.cpp" line="207"/>
        <location filename="../core/markdownrenderer.cpp" line="316"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="28"/>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="29"/>
        <source>Says whether and how others may use the model; the Hub filters by it.</source>
        <translation>Indique si et comment d’autres peuvent utiliser le modèle ; le Hub filtre selon elle.</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="32"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="33"/>
        <source>Lets people find models for their language.</source>
        <translation>Permet de trouver des modèles pour sa langue.</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="34"/>
        <location filename="../core/markdownrenderer.cpp" line="210"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="35"/>
        <source>Picks the code snippet the Hub shows and how downloads are counted.</source>
        <translation>Détermine l’extrait de code que montre le Hub et la façon dont les téléchargements sont comptés.</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="38"/>
        <source>Pipeline tag</source>
        <translation>Tag de pipeline</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="39"/>
        <source>The task the model is listed under; it picks the inference widget.</source>
        <translation>La tâche sous laquelle le modèle est répertorié ; elle détermine le widget d’inférence.</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="42"/>
        <source>Base model</source>
        <translation>Modèle de base</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="43"/>
        <source>Links a fine-tune to the model it was trained from.</source>
        <translation>Relie un modèle affiné au modèle à partir duquel il a été entraîné.</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="45"/>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="46"/>
        <source>Links the datasets it was trained on; it shows on their pages.</source>
        <translation>Relie les jeux de données sur lesquels il a été entraîné ; il apparaît sur leurs pages.</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="49"/>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="50"/>
        <source>Says how the model was measured.</source>
        <translation>Indique comment le modèle a été mesuré.</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="51"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="52"/>
        <source>Keywords that help people find the model.</source>
        <translation>Des mots-clés qui aident à trouver le modèle.</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="54"/>
        <source>Results shown on the model page and in leaderboards.</source>
        <translation>Les résultats affichés sur la page du modèle et dans les classements.</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="281"/>
        <source>The card already has this section.</source>
        <translation>La fiche a déjà cette section.</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="282"/>
        <source>There is no recommended section &quot;%1&quot;.</source>
        <translation>Il n’y a pas de section recommandée « %1 ».</translation>
    </message>
    <message>
        <location filename="../core/markdownrenderer.cpp" line="213"/>
        <location filename="../core/markdownrenderer.cpp" line="317"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location filename="../core/markdownrenderer.cpp" line="216"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../core/markdownrenderer.cpp" line="219"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../core/markdownrenderer.cpp" line="222"/>
        <source>Base model:</source>
        <translation>Modèle de base :</translation>
    </message>
    <message>
        <location filename="../core/markdownrenderer.cpp" line="227"/>
        <source>other (%1)</source>
        <translation>autre (%1)</translation>
    </message>
    <message>
        <location filename="../core/markdownrenderer.cpp" line="229"/>
        <source>License:</source>
        <translation>Licence :</translation>
    </message>
    <message>
        <location filename="../core/markdownrenderer.cpp" line="300"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location filename="../core/completeness.cpp" line="53"/>
        <location filename="../core/markdownrenderer.cpp" line="311"/>
        <source>Evaluation results</source>
        <translation>Résultats d’évaluation</translation>
    </message>
    <message>
        <location filename="../core/markdownrenderer.cpp" line="317"/>
        <source>Split</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location filename="../core/markdownrenderer.cpp" line="318"/>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <location filename="../core/markdownrenderer.cpp" line="319"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../core/markdownrenderer.cpp" line="321"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../core/recoverystore.cpp" line="168"/>
        <source>Cannot write the recovery file %1: %2</source>
        <translation>Impossible d’écrire le fichier de récupération %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/recoverystore.cpp" line="174"/>
        <source>it is in use or its folder cannot be written</source>
        <translation>il est utilisé ou son dossier n’est pas accessible en écriture</translation>
    </message>
    <message>
        <location filename="../core/recoverystore.cpp" line="265"/>
        <source>Cannot recover %1: %2</source>
        <translation>Impossible de récupérer %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/recoverystore.cpp" line="273"/>
        <location filename="../core/recoverystore.cpp" line="277"/>
        <source>it is damaged or not a recovery file</source>
        <translation>il est endommagé ou n’est pas un fichier de récupération</translation>
    </message>
    <message>
        <location filename="../core/rendercommand.cpp" line="101"/>
        <source>YAML error at line %1, column %2: %3; the page has no metadata</source>
        <translation>erreur YAML ligne %1, colonne %2 : %3 ; la page n’a pas de métadonnées</translation>
    </message>
    <message>
        <location filename="../core/rendercommand.cpp" line="121"/>
        <source>KaTeX not found in %1 (Debian package libjs-katex): math is left as TeX</source>
        <translation>KaTeX introuvable dans %1 (paquet Debian libjs-katex) : les formules restent en TeX</translation>
    </message>
    <message>
        <location filename="../core/rendercommand.cpp" line="172"/>
        <source>cardigan: %1 needs a file name</source>
        <translation>cardigan : %1 attend un nom de fichier</translation>
    </message>
    <message>
        <location filename="../core/rendercommand.cpp" line="215"/>
        <source>cardigan: %1: cannot write: %2</source>
        <translation>cardigan : %1 : écriture impossible : %2</translation>
    </message>
    <message>
        <location filename="../core/reposcan.cpp" line="83"/>
        <source>safetensors index</source>
        <translation>index safetensors</translation>
    </message>
    <message>
        <location filename="../core/reposcan.cpp" line="87"/>
        <source>PyTorch index</source>
        <translation>index PyTorch</translation>
    </message>
    <message>
        <location filename="../core/reposcanner.cpp" line="66"/>
        <source>%1: the folder cannot be read</source>
        <translation>%1 : le dossier ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../core/reposcanner.cpp" line="83"/>
        <source>more than %1 files: the listing stops there</source>
        <translation>plus de %1 fichiers : la liste s’arrête là</translation>
    </message>
    <message>
        <location filename="../core/reposcanner.cpp" line="121"/>
        <source>%1: a symbolic link to nothing (%2)</source>
        <translation>%1 : un lien symbolique vers rien (%2)</translation>
    </message>
    <message>
        <location filename="../core/reposcanner.cpp" line="126"/>
        <source>%1: a symbolic link out of the repository (%2); not followed</source>
        <translation>%1 : un lien symbolique hors du dépôt (%2) ; non suivi</translation>
    </message>
    <message>
        <location filename="../core/reposcanner.cpp" line="211"/>
        <source>config.json is not a JSON object of at most %1 bytes</source>
        <translation>config.json n’est pas un objet JSON d’au plus %1 octets</translation>
    </message>
    <message>
        <location filename="../core/reposcanner.cpp" line="240"/>
        <source>%1 names the shard %2, which is not in the repository</source>
        <translation>%1 désigne le fragment %2, qui n’est pas dans le dépôt</translation>
    </message>
    <message>
        <location filename="../core/reposcanner.cpp" line="309"/>
        <source>%1: %2 MB and not tracked by LFS: the Hub refuses files of 10 MB or more outside LFS (git lfs track)</source>
        <translation>%1 : %2 Mo et non suivi par LFS : le Hub refuse les fichiers de 10 Mo ou plus hors de LFS (git lfs track)</translation>
    </message>
    <message>
        <location filename="../core/reposcanner.cpp" line="316"/>
        <source>%1: %2 GB, over 5 GB: pushing it with git needs `huggingface-cli lfs-enable-largefiles .`</source>
        <translation>%1 : %2 Go, plus de 5 Go : le pousser avec git nécessite `huggingface-cli lfs-enable-largefiles .`</translation>
    </message>
    <message>
        <location filename="../core/reposcanner.cpp" line="381"/>
        <source>%1 is not a folder</source>
        <translation>%1 n’est pas un dossier</translation>
    </message>
    <message>
        <location filename="../core/reposcanner.cpp" line="385"/>
        <source>%1 cannot be read</source>
        <translation>%1 ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../core/reposcanner.cpp" line="414"/>
        <source>no README.md: the repository has no model card</source>
        <translation>pas de README.md : le dépôt n’a pas de fiche de modèle</translation>
    </message>
    <message>
        <location filename="../core/safetensorsheader.cpp" line="65"/>
        <source>the file is too short for a safetensors header (%1 bytes)</source>
        <translation>le fichier est trop court pour un en-tête safetensors (%1 octets)</translation>
    </message>
    <message>
        <location filename="../core/safetensorsheader.cpp" line="70"/>
        <source>the safetensors header length could not be read</source>
        <translation>impossible de lire la longueur de l’en-tête safetensors</translation>
    </message>
    <message>
        <location filename="../core/safetensorsheader.cpp" line="79"/>
        <source>the safetensors header claims %1 bytes, more than the %2 bytes allowed: the file is damaged or not safetensors</source>
        <translation>l’en-tête safetensors annonce %1 octets, plus que les %2 octets permis : le fichier est endommagé ou n’est pas un safetensors</translation>
    </message>
    <message>
        <location filename="../core/safetensorsheader.cpp" line="86"/>
        <source>the safetensors header claims %1 bytes but the file has only %2 after the length: the file is truncated</source>
        <translation>l’en-tête safetensors annonce %1 octets mais le fichier n’en a que %2 après la longueur : le fichier est tronqué</translation>
    </message>
    <message>
        <location filename="../core/safetensorsheader.cpp" line="94"/>
        <source>the safetensors header could not be read in full (%1 of %2 bytes)</source>
        <translation>l’en-tête safetensors n’a pas pu être lu entièrement (%1 sur %2 octets)</translation>
    </message>
    <message>
        <location filename="../core/safetensorsheader.cpp" line="113"/>
        <source>the safetensors header is not valid JSON (%1 at byte %2)</source>
        <translation>l’en-tête safetensors n’est pas du JSON valide (%1 à l’octet %2)</translation>
    </message>
    <message>
        <location filename="../core/safetensorsheader.cpp" line="116"/>
        <source>the safetensors header is not a JSON object</source>
        <translation>l’en-tête safetensors n’est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../core/safetensorsheader.cpp" line="135"/>
        <source>tensor &quot;%1&quot; in the safetensors header lacks a dtype, a shape or two data offsets</source>
        <translation>il manque au tenseur « %1 » de l’en-tête safetensors un dtype, une shape ou deux offsets de données</translation>
    </message>
    <message>
        <location filename="../core/safetensorsheader.cpp" line="143"/>
        <source>tensor &quot;%1&quot; has a dimension that is not a non-negative integer</source>
        <translation>le tenseur « %1 » a une dimension qui n’est pas un entier positif ou nul</translation>
    </message>
    <message>
        <location filename="../core/safetensorsheader.cpp" line="149"/>
        <source>tensor &quot;%1&quot; has an impossibly large shape</source>
        <translation>le tenseur « %1 » a une forme d’une taille impossible</translation>
    </message>
    <message>
        <location filename="../core/safetensorsheader.cpp" line="157"/>
        <source>tensor &quot;%1&quot; has data offsets outside the file&apos;s %2 bytes of data: the file is truncated or the header lies</source>
        <translation>le tenseur « %1 » a des offsets de données hors des %2 octets de données du fichier : le fichier est tronqué ou l’en-tête est faux</translation>
    </message>
    <message>
        <location filename="../core/safetensorsheader.cpp" line="164"/>
        <source>tensor &quot;%1&quot;: its shape and dtype %2 need a different number of bytes than its data offsets give (%3)</source>
        <translation>tenseur « %1 » : sa forme et son dtype %2 demandent un autre nombre d’octets que ses offsets de données (%3)</translation>
    </message>
    <message>
        <location filename="../core/safetensorsheader.cpp" line="170"/>
        <source>the safetensors header counts impossibly many parameters</source>
        <translation>l’en-tête safetensors compte un nombre impossible de paramètres</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="166"/>
        <location filename="../core/tagscommand.cpp" line="174"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="175"/>
        <source>Tags from the card: %1</source>
        <translation>Tags de la fiche : %1</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="177"/>
        <source>Tags added by the Hub: %1</source>
        <translation>Tags ajoutés par le Hub : %1</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="178"/>
        <source>pipeline_tag: %1</source>
        <translation>pipeline_tag : %1</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="181"/>
        <source>library_name: %1</source>
        <translation>library_name : %1</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="189"/>
        <source>Formats: %1</source>
        <translation>Formats : %1</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="191"/>
        <source>Model size: %1</source>
        <translation>Taille du modèle : %1</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="191"/>
        <location filename="../core/tagscommand.cpp" line="199"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="194"/>
        <source>GGUF %1: %2, %3 params, %4</source>
        <translation>GGUF %1 : %2, %3 paramètres, %4</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="196"/>
        <source>unknown architecture</source>
        <translation>architecture inconnue</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="200"/>
        <source>unknown type</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="203"/>
        <source>Files: %1%2, %3 LFS pointer(s), %4 bytes</source>
        <translation>Fichiers : %1%2, %3 pointeur(s) LFS, %4 octets</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="205"/>
        <source> (truncated)</source>
        <translation> (tronqué)</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="209"/>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="212"/>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="215"/>
        <source>Suggestion: set %1: %2 (%3)</source>
        <translation>Suggestion : définir %1 : %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/tagscommand.cpp" line="247"/>
        <source>cardigan: %1: the metadata has a YAML error (%2); card tags are ignored</source>
        <translation>cardigan : %1 : les métadonnées ont une erreur YAML (%2) ; les tags de la fiche sont ignorés</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="158"/>
        <source>the output is not a list of {%1: string, score: number}</source>
        <translation>la sortie n’est pas une liste de {%1: string, score: number}</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="171"/>
        <source>the output is not {answer: string, score: number}</source>
        <translation>la sortie n’est pas {answer: string, score: number}</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="182"/>
        <source>the output is not {%1: string}</source>
        <translation>la sortie n’est pas {%1: string}</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="190"/>
        <source>this widget shows no example output</source>
        <translation>ce widget n’affiche pas de sortie d’exemple</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="434"/>
        <source>Inference Examples</source>
        <translation>Exemples d’inférence</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="434"/>
        <source>⚡ Inference API</source>
        <translation>⚡ Inference API</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="436"/>
        <source>The card has no pipeline_tag, and none was inferred from the repository: the Hub shows no widget. Set pipeline_tag to the model&apos;s task to get one.</source>
        <translation>La fiche n’a pas de pipeline_tag et aucun n’a été déduit du dépôt : le Hub n’affiche aucun widget. Définissez pipeline_tag sur la tâche du modèle pour en avoir un.</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="443"/>
        <source>The Hub has no inference widget for the task &quot;%1&quot;: the model page shows no widget.</source>
        <translation>Le Hub n’a pas de widget d’inférence pour la tâche « %1 » : la page du modèle n’affiche aucun widget.</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="449"/>
        <source>The reinforcement-learning widget plays a replay.mp4 file from the repository: add ./replay.mp4 to display a preview.</source>
        <translation>Le widget d’apprentissage par renforcement lit un fichier replay.mp4 du dépôt : ajoutez ./replay.mp4 pour afficher un aperçu.</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="473"/>
        <source>widget is not a list of examples: the Hub shows none</source>
        <translation>widget n’est pas une liste d’exemples : le Hub n’en affiche aucun</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="484"/>
        <source>widget[%1]</source>
        <translation>widget[%1]</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="485"/>
        <source>default example %1</source>
        <translation>exemple par défaut %1</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="487"/>
        <source>%1: not a mapping; the Hub skips it</source>
        <translation>%1 : pas un mapping ; le Hub l’ignore</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="492"/>
        <source>%1: no &quot;%2&quot; for the %3 widget; the Hub skips it</source>
        <translation>%1 : pas de « %2 » pour le widget %3 ; le Hub l’ignore</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="501"/>
        <source>%1: %2; the Hub ignores it</source>
        <translation>%1 : %2 ; le Hub l’ignore</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="508"/>
        <source>Group 1</source>
        <translation>Groupe 1</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="516"/>
        <source>Example %1</source>
        <translation>Exemple %1</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="522"/>
        <source>Inference is turned off for this model (inference: false) and no example has an output: the Hub shows no example.</source>
        <translation>L’inférence est désactivée pour ce modèle (inference: false) et aucun exemple n’a de sortie : le Hub n’affiche aucun exemple.</translation>
    </message>
    <message>
        <location filename="../core/widgetexamples.cpp" line="524"/>
        <source>No example to show: the widget opens with empty inputs.</source>
        <translation>Aucun exemple à afficher : le widget s’ouvre avec des entrées vides.</translation>
    </message>
    <message>
        <location filename="../core/widgethtml.cpp" line="56"/>
        <source>%1 (not embedded: only files in the card&apos;s folder are)</source>
        <translation>%1 (non intégré : seuls les fichiers du dossier de la fiche le sont)</translation>
    </message>
    <message>
        <location filename="../core/widgethtml.cpp" line="87"/>
        <location filename="../core/widgethtml.cpp" line="150"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../core/widgethtml.cpp" line="87"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../core/widgethtml.cpp" line="94"/>
        <source>Possible class names (comma-separated)</source>
        <translation>Noms de classe possibles (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../core/widgethtml.cpp" line="99"/>
        <source>Allow multiple true classes</source>
        <translation>Autoriser plusieurs classes vraies</translation>
    </message>
    <message>
        <location filename="../core/widgethtml.cpp" line="103"/>
        <source>Source Sentence</source>
        <translation>Phrase source</translation>
    </message>
    <message>
        <location filename="../core/widgethtml.cpp" line="146"/>
        <source>Text guidance</source>
        <translation>Guidage textuel</translation>
    </message>
    <message>
        <location filename="../core/widgethtml.cpp" line="170"/>
        <source>No output in the card: the Hub would compute it by running the model.</source>
        <translation>Pas de sortie dans la fiche : le Hub la calculerait en exécutant le modèle.</translation>
    </message>
    <message>
        <location filename="../core/widgethtml.cpp" line="187"/>
        <source>Output image %1 (not embedded: only files in the card&apos;s folder are)</source>
        <translation>Image de sortie %1 (non intégrée : seuls les fichiers du dossier de la fiche le sont)</translation>
    </message>
    <message>
        <location filename="../core/widgethtml.cpp" line="247"/>
        <source>The card has no widget examples: these are the Hub&apos;s default inputs for &quot;%1&quot;.</source>
        <translation>La fiche n’a pas d’exemples de widget : voici les entrées par défaut du Hub pour « %1 ».</translation>
    </message>
    <message>
        <location filename="../core/yamlpath.cpp" line="17"/>
        <source>bad path &quot;%1&quot;: %2</source>
        <translation>chemin « %1 » incorrect : %2</translation>
    </message>
    <message>
        <location filename="../core/yamlpath.cpp" line="30"/>
        <source>&apos;[&apos; without &apos;]&apos;</source>
        <translation>&apos;[&apos; sans &apos;]&apos;</translation>
    </message>
    <message>
        <location filename="../core/yamlpath.cpp" line="41"/>
        <source>&apos;%1&apos; is not an index (a number, or + to append)</source>
        <translation>&apos;%1&apos; n’est pas un index (un nombre, ou + pour ajouter à la fin)</translation>
    </message>
    <message>
        <location filename="../core/yamlpath.cpp" line="52"/>
        <location filename="../core/yamlpath.cpp" line="84"/>
        <source>empty key</source>
        <translation>clé vide</translation>
    </message>
    <message>
        <location filename="../core/yamlpath.cpp" line="59"/>
        <source>&apos;.&apos; or &apos;[&apos; expected at %1</source>
        <translation>&apos;.&apos; ou &apos;[&apos; attendu à %1</translation>
    </message>
    <message>
        <location filename="../core/yamlpath.cpp" line="65"/>
        <source>unclosed quote</source>
        <translation>guillemet non fermé</translation>
    </message>
    <message>
        <location filename="../core/yamlpath.cpp" line="73"/>
        <source>&apos;]&apos; without &apos;[&apos;</source>
        <translation>&apos;]&apos; sans &apos;[&apos;</translation>
    </message>
    <message>
        <location filename="../core/yamlpath.cpp" line="207"/>
        <source>%1 is not a mapping</source>
        <translation>%1 n’est pas un mapping</translation>
    </message>
    <message>
        <location filename="../core/yamlpath.cpp" line="208"/>
        <location filename="../core/yamlsplicer.cpp" line="312"/>
        <location filename="../core/yamlsplicermove.cpp" line="29"/>
        <source>the metadata</source>
        <translation>les métadonnées</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/yamlpath.cpp" line="239"/>
        <location filename="../core/yamlsplicer.cpp" line="298"/>
        <source>%1 has %n item(s); index %2 is past the end</source>
        <translation>
            <numerusform>%1 a %n élément ; l’index %2 est au-delà de la fin</numerusform>
            <numerusform>%1 a %n éléments ; l’index %2 est au-delà de la fin</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="60"/>
        <location filename="../core/yamlsplicer.cpp" line="314"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="62"/>
        <location filename="../core/yamlsplicer.cpp" line="313"/>
        <source>a mapping</source>
        <translation>un mapping</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="64"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="66"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="68"/>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="72"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="228"/>
        <source>%1 goes through an alias (*%2): edit it in the source</source>
        <translation>%1 passe par un alias (*%2) : modifiez-le dans la source</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="246"/>
        <source>%1 comes from a merge key (&lt;&lt;): edit it in the source</source>
        <translation>%1 vient d’une clé de fusion (&lt;&lt;) : modifiez-le dans la source</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="266"/>
        <location filename="../core/yamlsplicerremove.cpp" line="17"/>
        <source>no path given</source>
        <translation>aucun chemin indiqué</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="274"/>
        <location filename="../core/yamlsplicermove.cpp" line="34"/>
        <location filename="../core/yamlsplicerremove.cpp" line="23"/>
        <source>the metadata has a YAML error (%1): fix it in the source first</source>
        <translation>les métadonnées ont une erreur YAML (%1) : corrigez-la d’abord dans la source</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="311"/>
        <source>%1 is %2, not %3</source>
        <translation>%1 est %2, pas %3</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="354"/>
        <source>the value is anchored (&amp;%1) and may be used elsewhere: edit it in the source</source>
        <translation>la valeur porte une ancre (&amp;%1) et sert peut-être ailleurs : modifiez-la dans la source</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="368"/>
        <source>: edit it in the source</source>
        <translation> : modifiez-le dans la source</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="377"/>
        <source>this value is written in a way Cardigan cannot edit safely: edit it in the source</source>
        <translation>cette valeur est écrite d’une façon que Cardigan ne peut pas modifier sans risque : modifiez-la dans la source</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="452"/>
        <source>this mapping is written in a way Cardigan cannot extend safely: edit it in the source</source>
        <translation>ce mapping est écrit d’une façon que Cardigan ne peut pas étendre sans risque : modifiez-le dans la source</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="532"/>
        <location filename="../core/yamlsplicer.cpp" line="537"/>
        <source>this list is written in a way Cardigan cannot extend safely: edit it in the source</source>
        <translation>cette liste est écrite d’une façon que Cardigan ne peut pas étendre sans risque : modifiez-la dans la source</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicer.cpp" line="550"/>
        <source>this card ends its lines with CR alone, and the Hub finds no metadata in such a file: change its line endings to LF or CRLF first</source>
        <translation>cette fiche termine ses lignes par CR seul, et le Hub ne trouve pas de métadonnées dans un tel fichier : passez d’abord ses fins de ligne en LF ou CRLF</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicermove.cpp" line="21"/>
        <source>this list is written in a way Cardigan cannot reorder safely: edit it in the source</source>
        <translation>cette liste est écrite d’une façon que Cardigan ne peut pas réordonner sans risque : modifiez-la dans la source</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicermove.cpp" line="31"/>
        <location filename="../core/yamlsplicermove.cpp" line="42"/>
        <location filename="../core/yamlsplicerremove.cpp" line="15"/>
        <source>%1 is not set</source>
        <translation>%1 n’est pas défini</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicermove.cpp" line="46"/>
        <source>%1 is an alias (*%2): edit it in the source</source>
        <translation>%1 est un alias (*%2) : modifiez-le dans la source</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicermove.cpp" line="52"/>
        <source>the list is anchored (&amp;%1) and may be used elsewhere: edit it in the source</source>
        <translation>la liste porte une ancre (&amp;%1) et sert peut-être ailleurs : modifiez-la dans la source</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/yamlsplicermove.cpp" line="59"/>
        <source>%1 has %n item(s): there is no item %2 to move to %3</source>
        <translation>
            <numerusform>%1 a %n élément : il n’y a pas d’élément %2 à déplacer en %3</numerusform>
            <numerusform>%1 a %n éléments : il n’y a pas d’élément %2 à déplacer en %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/yamlsplicermove.cpp" line="67"/>
        <source>the item is already there</source>
        <translation>l’élément y est déjà</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicerremove.cpp" line="40"/>
        <source>internal error: %1 not found in its parent</source>
        <translation>erreur interne : %1 introuvable dans son parent</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicerremove.cpp" line="70"/>
        <source>this item is written in a way Cardigan cannot remove safely: edit it in the source</source>
        <translation>cet élément est écrit d’une façon que Cardigan ne peut pas supprimer sans risque : modifiez-le dans la source</translation>
    </message>
    <message>
        <location filename="../core/yamlsplicerremove.cpp" line="111"/>
        <source>this entry is written in a way Cardigan cannot remove safely: edit it in the source</source>
        <translation>cette entrée est écrite d’une façon que Cardigan ne peut pas supprimer sans risque : modifiez-la dans la source</translation>
    </message>
</context>
<context>
    <name>Cardigan::AboutDialog</name>
    <message>
        <location filename="../widgets/aboutdialog.cpp" line="28"/>
        <location filename="../widgets/aboutdialog.cpp" line="130"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../widgets/aboutdialog.cpp" line="36"/>
        <source>About Cardigan</source>
        <translation>À propos de Cardigan</translation>
    </message>
    <message>
        <location filename="../widgets/aboutdialog.cpp" line="47"/>
        <source>&lt;h2&gt;Cardigan %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Cardigan %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/aboutdialog.cpp" line="48"/>
        <source>An editor for Hugging Face model cards: the metadata in a form, the text beside it and a live preview. Saving changes only the bytes you edited.</source>
        <translation>Un éditeur de fiches de modèle Hugging Face : les métadonnées dans un formulaire, le texte à côté et un aperçu en direct. L’enregistrement ne change que les octets que vous avez modifiés.</translation>
    </message>
    <message>
        <location filename="../widgets/aboutdialog.cpp" line="60"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../widgets/aboutdialog.cpp" line="66"/>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Copier les versions</translation>
    </message>
    <message>
        <location filename="../widgets/aboutdialog.cpp" line="67"/>
        <source>Copy the versions for a bug report</source>
        <translation>Copier les versions pour un rapport de bogue</translation>
    </message>
    <message>
        <location filename="../widgets/aboutdialog.cpp" line="100"/>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <location filename="../widgets/aboutdialog.cpp" line="108"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
</context>
<context>
    <name>Cardigan::CatalogPicker</name>
    <message>
        <location filename="../widgets/catalogpicker.cpp" line="26"/>
        <source>Not set: type to search</source>
        <translation>Non défini : tapez pour chercher</translation>
    </message>
    <message>
        <location filename="../widgets/catalogpicker.cpp" line="31"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/catalogpicker.cpp" line="112"/>
        <source>“%1” is not one of the Hub&apos;s ids: pick one from the list.</source>
        <translation>« %1 » n’est pas l’un des identifiants du Hub : choisissez-en un dans la liste.</translation>
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
        <translation>Ajouter à %1</translation>
    </message>
    <message>
        <location filename="../widgets/chiplisteditor.cpp" line="40"/>
        <source>Add (a, b adds two)</source>
        <translation>Ajouter (a, b en ajoute deux)</translation>
    </message>
    <message>
        <location filename="../widgets/chiplisteditor.cpp" line="55"/>
        <location filename="../widgets/chiplisteditor.cpp" line="56"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../widgets/chiplisteditor.cpp" line="58"/>
        <location filename="../widgets/chiplisteditor.cpp" line="59"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../widgets/chiplisteditor.cpp" line="60"/>
        <location filename="../widgets/chiplisteditor.cpp" line="61"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
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
        <translation>Émissions de CO₂</translation>
    </message>
    <message>
        <location filename="../widgets/co2group.cpp" line="32"/>
        <source>A number of grams, e.g. 1250.5</source>
        <translation>Un nombre de grammes, p. ex. 1250.5</translation>
    </message>
    <message>
        <location filename="../widgets/co2group.cpp" line="32"/>
        <source>Emissi&amp;ons (g CO₂eq)</source>
        <translation>Émissi&amp;ons (g CO₂eq)</translation>
    </message>
    <message>
        <location filename="../widgets/co2group.cpp" line="33"/>
        <source>Sour&amp;ce</source>
        <translation>Sour&amp;ce</translation>
    </message>
    <message>
        <location filename="../widgets/co2group.cpp" line="33"/>
        <source>How it was measured: CodeCarbon, a paper</source>
        <translation>Comment elles ont été mesurées : CodeCarbon, un article</translation>
    </message>
    <message>
        <location filename="../widgets/co2group.cpp" line="34"/>
        <source>Training type</source>
        <translation>Type d’entraînement</translation>
    </message>
    <message>
        <location filename="../widgets/co2group.cpp" line="34"/>
        <source>pre-training or fine-tuning</source>
        <translation>pre-training ou fine-tuning</translation>
    </message>
    <message>
        <location filename="../widgets/co2group.cpp" line="35"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../widgets/co2group.cpp" line="36"/>
        <source>Where it was trained, e.g. Ohio, USA</source>
        <translation>Lieu de l’entraînement, p. ex. Ohio, USA</translation>
    </message>
    <message>
        <location filename="../widgets/co2group.cpp" line="37"/>
        <source>Hardware</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <location filename="../widgets/co2group.cpp" line="37"/>
        <source>e.g. 8 x A100 40GB</source>
        <translation>p. ex. 8 x A100 40GB</translation>
    </message>
    <message>
        <location filename="../widgets/co2group.cpp" line="90"/>
        <source>it is %1, not a number or a mapping</source>
        <translation>c’est %1, ni un nombre ni un mapping</translation>
    </message>
    <message>
        <location filename="../widgets/co2group.cpp" line="107"/>
        <source>Written as a bare number of grams; filling another field writes the mapping.</source>
        <translation>Écrit comme un simple nombre de grammes ; remplir un autre champ écrit le mapping.</translation>
    </message>
    <message>
        <location filename="../widgets/co2group.cpp" line="111"/>
        <source>Also in the mapping, kept as written: %1. &lt;a href=&quot;%2&quot;&gt;Edit in source&lt;/a&gt;</source>
        <translation>Aussi dans le mapping, gardé tel qu’écrit : %1. &lt;a href=&quot;%2&quot;&gt;Modifier dans la source&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/co2group.cpp" line="127"/>
        <source>it is %1, not a number</source>
        <translation>c’est %1, pas un nombre</translation>
    </message>
    <message>
        <location filename="../widgets/co2group.cpp" line="162"/>
        <source>Not changed: %1</source>
        <translation>Non modifié : %1</translation>
    </message>
</context>
<context>
    <name>Cardigan::CompletenessView</name>
    <message>
        <location filename="../widgets/completenessview.cpp" line="47"/>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <location filename="../widgets/completenessview.cpp" line="49"/>
        <source>Heading only</source>
        <translation>Titre seul</translation>
    </message>
    <message>
        <location filename="../widgets/completenessview.cpp" line="51"/>
        <source>Unknown (YAML error)</source>
        <translation>Inconnu (erreur YAML)</translation>
    </message>
    <message>
        <location filename="../widgets/completenessview.cpp" line="55"/>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location filename="../widgets/completenessview.cpp" line="78"/>
        <source>Click or press Return to open the Evaluation tab.</source>
        <translation>Cliquez ou appuyez sur Entrée pour ouvrir l’onglet Évaluation.</translation>
    </message>
    <message>
        <location filename="../widgets/completenessview.cpp" line="79"/>
        <source>Click or press Return to go to its field in the Form.</source>
        <translation>Cliquez ou appuyez sur Entrée pour aller à son champ dans le Formulaire.</translation>
    </message>
    <message>
        <location filename="../widgets/completenessview.cpp" line="82"/>
        <source>Click or press Return to add its heading to the card.</source>
        <translation>Cliquez ou appuyez sur Entrée pour ajouter son titre à la fiche.</translation>
    </message>
    <message>
        <location filename="../widgets/completenessview.cpp" line="83"/>
        <source>Click or press Return to show it in the source.</source>
        <translation>Cliquez ou appuyez sur Entrée pour l’afficher dans la source.</translation>
    </message>
    <message>
        <location filename="../widgets/completenessview.cpp" line="96"/>
        <source>Completeness summary</source>
        <translation>Résumé de la complétude</translation>
    </message>
    <message>
        <location filename="../widgets/completenessview.cpp" line="99"/>
        <source>Recommended metadata and sections</source>
        <translation>Métadonnées et sections recommandées</translation>
    </message>
    <message>
        <location filename="../widgets/completenessview.cpp" line="100"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../widgets/completenessview.cpp" line="100"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../widgets/completenessview.cpp" line="100"/>
        <source>Why it matters</source>
        <translation>Pourquoi c’est important</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/completenessview.cpp" line="163"/>
        <source>%1 of %n recommended items present</source>
        <translation>
            <numerusform>%1 sur %n élément recommandé présent</numerusform>
            <numerusform>%1 sur %n éléments recommandés présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/completenessview.cpp" line="165"/>
        <source>; %n section(s) with nothing written yet</source>
        <translation>
            <numerusform> ; %n section encore sans texte</numerusform>
            <numerusform> ; %n sections encore sans texte</numerusform>
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
        <translation>Section : %1</translation>
    </message>
</context>
<context>
    <name>Cardigan::DialogFilePrompts</name>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="28"/>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="29"/>
        <source>Save the changes to %1 before closing it?</source>
        <translation>Enregistrer les modifications de %1 avant de le fermer ?</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="31"/>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="46"/>
        <location filename="../widgets/dialogfileprompts.cpp" line="67"/>
        <source>File Changed on Disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="47"/>
        <source>%1 was changed by another program, and you have unsaved changes here.</source>
        <translation>%1 a été modifié par un autre programme, et vous avez ici des modifications non enregistrées.</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="49"/>
        <source>Reload the file from disk (your changes here are lost, though Undo brings them back), or keep your version?</source>
        <translation>Recharger le fichier depuis le disque (vos modifications ici sont perdues, mais Annuler les ramène) ou garder votre version ?</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="51"/>
        <source>&amp;Reload from Disk</source>
        <translation>&amp;Recharger depuis le disque</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="52"/>
        <source>&amp;Show Changes</source>
        <translation>&amp;Afficher les modifications</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="53"/>
        <source>&amp;Keep My Version</source>
        <translation>&amp;Garder ma version</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="68"/>
        <source>%1 was changed by another program since you opened it.</source>
        <translation>%1 a été modifié par un autre programme depuis son ouverture.</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="70"/>
        <source>Saving replaces those changes with your version.</source>
        <translation>L’enregistrement remplace ces modifications par votre version.</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="71"/>
        <source>&amp;Overwrite</source>
        <translation>É&amp;craser</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="79"/>
        <source>Cannot Save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="81"/>
        <source>Nothing was written. Save the card somewhere else?</source>
        <translation>Rien n’a été écrit. Enregistrer la fiche ailleurs ?</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="82"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="90"/>
        <source>No Model Card</source>
        <translation>Pas de fiche de modèle</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="91"/>
        <source>%1 has no README.md.</source>
        <translation>%1 n’a pas de README.md.</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="92"/>
        <source>Start a new model card there? Nothing is written until you save it.</source>
        <translation>Commencer une nouvelle fiche de modèle à cet endroit ? Rien n’est écrit avant l’enregistrement.</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="94"/>
        <source>&amp;New Card</source>
        <translation>&amp;Nouvelle fiche</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="103"/>
        <source>An untitled card</source>
        <translation>Une fiche sans titre</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="107"/>
        <source>Recover Unsaved Changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="108"/>
        <source>%1 had unsaved changes when Cardigan stopped (last kept %2).</source>
        <translation>%1 avait des modifications non enregistrées à l’arrêt de Cardigan (dernière copie %2).</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="110"/>
        <source>Recover them? The recovered card opens with the changes unsaved, so you can compare before saving.</source>
        <translation>Les récupérer ? La fiche récupérée s’ouvre avec les modifications non enregistrées, pour que vous puissiez comparer avant d’enregistrer.</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="112"/>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="113"/>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="114"/>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="128"/>
        <source>Open Model Card</source>
        <translation>Ouvrir une fiche de modèle</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="129"/>
        <location filename="../widgets/dialogfileprompts.cpp" line="140"/>
        <source>Markdown files (*.md);;All files (*)</source>
        <translation>Fichiers Markdown (*.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="134"/>
        <source>Open Model Folder</source>
        <translation>Ouvrir un dossier de modèle</translation>
    </message>
    <message>
        <location filename="../widgets/dialogfileprompts.cpp" line="139"/>
        <source>Save Model Card As</source>
        <translation>Enregistrer la fiche de modèle sous</translation>
    </message>
</context>
<context>
    <name>Cardigan::EvalDetail</name>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="27"/>
        <source>it spans several lines</source>
        <translation>elle s’étend sur plusieurs lignes</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="29"/>
        <location filename="../widgets/evaldetail.cpp" line="173"/>
        <source>it is %1</source>
        <translation>c’est %1</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="60"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="63"/>
        <source>Task type</source>
        <translation>Type de tâche</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="64"/>
        <source>task.type: the task the results measure (required)</source>
        <translation>task.type : la tâche que mesurent les résultats (obligatoire)</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="65"/>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="68"/>
        <source>Na&amp;me</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="69"/>
        <source>A pretty name, e.g. Text Classification</source>
        <translation>Un nom lisible, p. ex. Text Classification</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="70"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="71"/>
        <source>&amp;Id</source>
        <translation>&amp;Id</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="71"/>
        <source>Required: a dataset id, org/name</source>
        <translation>Obligatoire : un identifiant de jeu de données, org/name</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="73"/>
        <source>N&amp;ame</source>
        <translation>N&amp;om</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="73"/>
        <source>Required: a pretty name</source>
        <translation>Obligatoire : un nom lisible</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="74"/>
        <location filename="../widgets/evaldetail.cpp" line="89"/>
        <source>&amp;Config</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="74"/>
        <source>Optional subset</source>
        <translation>Sous-ensemble facultatif</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="75"/>
        <source>&amp;Split</source>
        <translation>&amp;Partition</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="75"/>
        <source>Optional, e.g. test</source>
        <translation>Facultatif, p. ex. test</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="76"/>
        <source>&amp;Revision</source>
        <translation>&amp;Révision</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="76"/>
        <source>Optional git sha</source>
        <translation>SHA git facultatif</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="78"/>
        <location filename="../widgets/evaldetail.cpp" line="91"/>
        <source>Ar&amp;guments</source>
        <translation>Ar&amp;guments</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="79"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="80"/>
        <source>Sour&amp;ce name</source>
        <translation>Nom de la sour&amp;ce</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="80"/>
        <source>Optional, e.g. a paper</source>
        <translation>Facultatif, p. ex. un article</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="82"/>
        <source>Source &amp;URL</source>
        <translation>&amp;URL de la source</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="83"/>
        <source>Required when there is a source</source>
        <translation>Obligatoire s’il y a une source</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="85"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="85"/>
        <source>Required: a metric id, e.g. accuracy</source>
        <translation>Obligatoire : un identifiant de métrique, p. ex. accuracy</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="87"/>
        <source>&amp;Value</source>
        <translation>&amp;Valeur</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="87"/>
        <source>Required: a number or text</source>
        <translation>Obligatoire : un nombre ou un texte</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="88"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="88"/>
        <source>Optional pretty name</source>
        <translation>Nom lisible facultatif</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="89"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="90"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="151"/>
        <source>it comes from a merge key (&lt;&lt;)</source>
        <translation>il vient d’une clé de fusion (&lt;&lt;)</translation>
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
        <translation>En lecture seule ici : %1. &lt;a href=&quot;%2&quot;&gt;Afficher dans la source&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="192"/>
        <source>Computed and signed by Hugging Face (verifyToken): a changed value is no longer verified.</source>
        <translation>Calculée et signée par Hugging Face (verifyToken) : une valeur modifiée n’est plus vérifiée.</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="206"/>
        <source>Not changed: %1</source>
        <translation>Non modifié : %1</translation>
    </message>
    <message>
        <location filename="../widgets/evaldetail.cpp" line="225"/>
        <source>%1 is required by the Hub; write another value instead</source>
        <translation>%1 est exigé par le Hub ; écrivez plutôt une autre valeur</translation>
    </message>
</context>
<context>
    <name>Cardigan::EvalResultsEditor</name>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="58"/>
        <source>&amp;Add evaluation results</source>
        <translation>&amp;Ajouter des résultats d’évaluation</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="60"/>
        <source>M&amp;odel</source>
        <translation>M&amp;odèle</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="64"/>
        <source>Add &amp;result</source>
        <translation>Ajouter un &amp;résultat</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="65"/>
        <source>Add a result (a task on a dataset) as one complete entry</source>
        <translation>Ajouter un résultat (une tâche sur un jeu de données) comme une entrée complète</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="66"/>
        <source>Add me&amp;tric</source>
        <translation>Ajouter une mé&amp;trique</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="67"/>
        <source>Add a metric to the selected result</source>
        <translation>Ajouter une métrique au résultat sélectionné</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="68"/>
        <source>Remo&amp;ve</source>
        <translation>Supprim&amp;er</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="69"/>
        <source>Remove the selected result or metric</source>
        <translation>Supprimer le résultat ou la métrique sélectionnés</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="70"/>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="70"/>
        <source>Move the selection up</source>
        <translation>Monter la sélection</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="71"/>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="71"/>
        <source>Move the selection down</source>
        <translation>Descendre la sélection</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="72"/>
        <location filename="../widgets/evalresultseditor.cpp" line="248"/>
        <source>Show in source</source>
        <translation>Afficher dans la source</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="73"/>
        <source>Show the selected result or metric in the source</source>
        <translation>Afficher dans la source le résultat ou la métrique sélectionnés</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="77"/>
        <source>Select a result or a metric to edit it.</source>
        <translation>Sélectionnez un résultat ou une métrique pour le modifier.</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="79"/>
        <source>Evaluation results</source>
        <translation>Résultats d’évaluation</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="94"/>
        <source>This card has no evaluation results (&lt;tt&gt;model-index&lt;/tt&gt;). The Hub shows them on the model page and in leaderboards.</source>
        <translation>Cette fiche n’a pas de résultats d’évaluation (&lt;tt&gt;model-index&lt;/tt&gt;). Le Hub les affiche sur la page du modèle et dans les classements.</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="98"/>
        <source>Adds model-index with one result to fill in</source>
        <translation>Ajoute model-index avec un résultat à remplir</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="106"/>
        <source>Model entry</source>
        <translation>Entrée de modèle</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="107"/>
        <source>The card lists several models; huggingface_hub reads the first</source>
        <translation>La fiche liste plusieurs modèles ; huggingface_hub lit le premier</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="111"/>
        <location filename="../widgets/evalresultseditoredits.cpp" line="48"/>
        <location filename="../widgets/evalresultseditoredits.cpp" line="53"/>
        <source>Model name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="112"/>
        <source>Required: the model&apos;s name</source>
        <translation>Obligatoire : le nom du modèle</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="119"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="126"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="127"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="143"/>
        <source>Results and metrics</source>
        <translation>Résultats et métriques</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="260"/>
        <source>The YAML does not parse, so the evaluation results are read-only until it does: %1.</source>
        <translation>Le YAML ne peut pas être analysé, les résultats d’évaluation sont donc en lecture seule jusqu’à ce qu’il le soit : %1.</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="303"/>
        <source>it is %1, not a list of models</source>
        <translation>c’est %1, pas une liste de modèles</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="314"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="315"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="327"/>
        <source>it is %1, not a mapping</source>
        <translation>c’est %1, pas un mapping</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="337"/>
        <source>it comes from a merge key</source>
        <translation>il vient d’une clé de fusion</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="339"/>
        <source>it is %1</source>
        <translation>c’est %1</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="355"/>
        <source>Read-only here: %1</source>
        <translation>En lecture seule ici : %1</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="365"/>
        <source>results is %1, not a list</source>
        <translation>results est %1, pas une liste</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="370"/>
        <source>The evaluation results are read-only here: %1.</source>
        <translation>Les résultats d’évaluation sont ici en lecture seule : %1.</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="372"/>
        <source>This model has no results yet: add one.</source>
        <translation>Ce modèle n’a pas encore de résultats : ajoutez-en un.</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditor.cpp" line="428"/>
        <source>%1: not done: %2</source>
        <translation>%1 : non effectué : %2</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditoredits.cpp" line="48"/>
        <source>the Hub requires a name</source>
        <translation>le Hub exige un nom</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditoredits.cpp" line="114"/>
        <source>Add evaluation results</source>
        <translation>Ajouter des résultats d’évaluation</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditoredits.cpp" line="132"/>
        <source>Add result</source>
        <translation>Ajouter un résultat</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditoredits.cpp" line="152"/>
        <source>Add metric</source>
        <translation>Ajouter une métrique</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditoredits.cpp" line="170"/>
        <source>Remove metric</source>
        <translation>Supprimer la métrique</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditoredits.cpp" line="170"/>
        <source>Remove result</source>
        <translation>Supprimer le résultat</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultseditoredits.cpp" line="196"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
</context>
<context>
    <name>Cardigan::EvalResultsModel</name>
    <message>
        <location filename="../widgets/evalresultsmodel.cpp" line="54"/>
        <location filename="../widgets/evalresultsmodel.cpp" line="64"/>
        <source>it is %1, not a mapping</source>
        <translation>c’est %1, pas un mapping</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultsmodel.cpp" line="274"/>
        <source>Result / metric</source>
        <translation>Résultat / métrique</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultsmodel.cpp" line="274"/>
        <source>Value</source>
        <translation>Valeur</translation>
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
        <translation>Nouveau résultat</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultsmodel.cpp" line="310"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultsmodel.cpp" line="318"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultsmodel.cpp" line="320"/>
        <source>1 metric</source>
        <translation>1 métrique</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultsmodel.cpp" line="320"/>
        <source>%1 metrics</source>
        <translation>%1 métriques</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultsmodel.cpp" line="341"/>
        <source>New metric</source>
        <translation>Nouvelle métrique</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultsmodel.cpp" line="347"/>
        <source>Metric %1</source>
        <translation>Métrique %1</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultsmodel.cpp" line="360"/>
        <source>Read-only here: %1.</source>
        <translation>En lecture seule ici : %1.</translation>
    </message>
    <message>
        <location filename="../widgets/evalresultsmodel.cpp" line="363"/>
        <source>Incomplete: the Hub needs %1.</source>
        <translation>Incomplet : le Hub a besoin de %1.</translation>
    </message>
</context>
<context>
    <name>Cardigan::EvalYaml</name>
    <message>
        <location filename="../widgets/evalyaml.cpp" line="103"/>
        <source>it is an alias (*%1) of a value written elsewhere</source>
        <translation>c’est un alias (*%1) d’une valeur écrite ailleurs</translation>
    </message>
    <message>
        <location filename="../widgets/evalyaml.cpp" line="106"/>
        <source>it has an anchor (&amp;%1) that other values may use</source>
        <translation>il porte une ancre (&amp;%1) que d’autres valeurs peuvent utiliser</translation>
    </message>
    <message>
        <location filename="../widgets/evalyaml.cpp" line="109"/>
        <source>it has a tag (%1)</source>
        <translation>il porte une étiquette (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/evalyaml.cpp" line="128"/>
        <source>it uses a merge key (&lt;&lt;)</source>
        <translation>il utilise une clé de fusion (&lt;&lt;)</translation>
    </message>
    <message>
        <location filename="../widgets/evalyaml.cpp" line="131"/>
        <source>it has a key that is not a plain value</source>
        <translation>il a une clé qui n’est pas une valeur simple</translation>
    </message>
    <message>
        <location filename="../widgets/evalyaml.cpp" line="204"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location filename="../widgets/evalyaml.cpp" line="206"/>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <location filename="../widgets/evalyaml.cpp" line="208"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../widgets/evalyaml.cpp" line="210"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location filename="../widgets/evalyaml.cpp" line="212"/>
        <source>a date</source>
        <translation>une date</translation>
    </message>
    <message>
        <location filename="../widgets/evalyaml.cpp" line="214"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../widgets/evalyaml.cpp" line="216"/>
        <source>a mapping</source>
        <translation>un mapping</translation>
    </message>
</context>
<context>
    <name>Cardigan::ExampleCellDelegate</name>
    <message>
        <location filename="../widgets/examplecelldelegate.cpp" line="34"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
</context>
<context>
    <name>Cardigan::ExampleOutputEditor</name>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="63"/>
        <source>Example output</source>
        <translation>Sortie de l’exemple</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="65"/>
        <source>Output kind</source>
        <translation>Type de sortie</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="66"/>
        <source>None (the Hub computes it)</source>
        <translation>Aucune (le Hub la calcule)</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="67"/>
        <location filename="../widgets/exampleoutputeditor.cpp" line="80"/>
        <source>Labels with scores</source>
        <translation>Étiquettes avec scores</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="68"/>
        <source>Answer with score</source>
        <translation>Réponse avec score</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="69"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="70"/>
        <source>Image or file URL</source>
        <translation>URL d’image ou de fichier</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="72"/>
        <source>The example has no output.</source>
        <translation>L’exemple n’a pas de sortie.</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="81"/>
        <source>Label</source>
        <translation>Étiquette</translation>
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
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="93"/>
        <source>A number, e.g. 0.87</source>
        <translation>Un nombre, p. ex. 0.87</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="94"/>
        <source>&amp;Answer:</source>
        <translation>&amp;Réponse :</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="95"/>
        <source>&amp;Score:</source>
        <translation>&amp;Score :</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="99"/>
        <source>Output text</source>
        <translation>Texte de sortie</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="105"/>
        <source>Output URL</source>
        <translation>URL de sortie</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="106"/>
        <source>https://…, or a path in the repository</source>
        <translation>https://…, ou un chemin dans le dépôt</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="107"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="151"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="181"/>
        <source>Row %1 has a score but no label.</source>
        <translation>La ligne %1 a un score mais pas d’étiquette.</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="184"/>
        <source>The score of &quot;%1&quot; must be a number, not &quot;%2&quot;.</source>
        <translation>Le score de « %1 » doit être un nombre, pas « %2 ».</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="190"/>
        <source>The score must be a number, not &quot;%1&quot;.</source>
        <translation>Le score doit être un nombre, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="195"/>
        <source>Give a URL, or a path in the repository.</source>
        <translation>Indiquez une URL, ou un chemin dans le dépôt.</translation>
    </message>
    <message>
        <location filename="../widgets/exampleoutputeditor.cpp" line="198"/>
        <source>The Hub shows only https:// URLs.</source>
        <translation>Le Hub n’affiche que les URL https://.</translation>
    </message>
</context>
<context>
    <name>Cardigan::FileController</name>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="48"/>
        <location filename="../widgets/filecontroller.cpp" line="50"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="75"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="76"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="77"/>
        <source>Open &amp;Folder…</source>
        <translation>Ouvrir un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="77"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="79"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="80"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="81"/>
        <source>Re&amp;vert to Saved</source>
        <translation>Re&amp;venir à la version enregistrée</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="82"/>
        <source>Show &amp;Changes</source>
        <translation>Afficher les &amp;modifications</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="84"/>
        <source>Start a new model card</source>
        <translation>Commencer une nouvelle fiche de modèle</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="85"/>
        <source>Open a model card (README.md)</source>
        <translation>Ouvrir une fiche de modèle (README.md)</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="86"/>
        <source>Open the README.md of a model&apos;s folder</source>
        <translation>Ouvrir le README.md du dossier d’un modèle</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="87"/>
        <source>Go back to the card as it is on disk (Undo restores)</source>
        <translation>Revenir à la fiche telle qu’elle est sur le disque (Annuler rétablit)</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="88"/>
        <source>Compare the card here with the file on disk</source>
        <translation>Comparer la fiche ici avec le fichier sur le disque</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="93"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="98"/>
        <source>%1[*] — Cardigan</source>
        <translation>%1[*] — Cardigan</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="185"/>
        <source>Cannot Open Card</source>
        <translation>Impossible d’ouvrir la fiche</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="296"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="318"/>
        <source>Cannot Revert</source>
        <translation>Impossible de revenir en arrière</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="376"/>
        <source>Cannot Compare</source>
        <translation>Comparaison impossible</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="379"/>
        <location filename="../widgets/filecontroller.cpp" line="440"/>
        <source>Changes in %1</source>
        <translation>Modifications dans %1</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="385"/>
        <source>%1 (on disk)</source>
        <translation>%1 (sur le disque)</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="386"/>
        <source>%1 (in Cardigan)</source>
        <translation>%1 (dans Cardigan)</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="413"/>
        <source>%1 was changed on disk and cannot be read: %2</source>
        <translation>%1 a été modifié sur le disque et ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="423"/>
        <source>Reloaded %1: it was changed by another program</source>
        <translation>%1 rechargé : il a été modifié par un autre programme</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="432"/>
        <source>Reloaded %1 from disk; Undo brings your changes back</source>
        <translation>%1 rechargé depuis le disque ; Annuler ramène vos modifications</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="437"/>
        <source>Kept your version of %1; saving replaces the one on disk</source>
        <translation>Votre version de %1 est gardée ; l’enregistrement remplace celle du disque</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="451"/>
        <source>%1 was deleted or moved by another program; save to keep it</source>
        <translation>%1 a été supprimé ou déplacé par un autre programme ; enregistrez pour le garder</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="482"/>
        <source>Cannot Recover</source>
        <translation>Récupération impossible</translation>
    </message>
    <message>
        <location filename="../widgets/filecontroller.cpp" line="496"/>
        <source>Recovered unsaved changes of %1</source>
        <translation>Modifications non enregistrées de %1 récupérées</translation>
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
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="35"/>
        <source>W</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="35"/>
        <location filename="../widgets/findbar.cpp" line="47"/>
        <source>Whole words only</source>
        <translation>Mots entiers uniquement</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="38"/>
        <location filename="../widgets/findbar.cpp" line="44"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="40"/>
        <location filename="../widgets/findbar.cpp" line="45"/>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="52"/>
        <source>Find previous (Shift+F3)</source>
        <translation>Rechercher le précédent (Maj+F3)</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="55"/>
        <source>Find next (F3)</source>
        <translation>Rechercher le suivant (F3)</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="58"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="61"/>
        <source>Find previous</source>
        <translation>Rechercher le précédent</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="62"/>
        <source>Find next</source>
        <translation>Rechercher le suivant</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="63"/>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="64"/>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="65"/>
        <source>Replace &amp;All</source>
        <translation>&amp;Tout remplacer</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="66"/>
        <source>Find:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="67"/>
        <source>Replace:</source>
        <translation>Remplacer :</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="261"/>
        <location filename="../widgets/findbar.cpp" line="316"/>
        <source>No match</source>
        <translation>Aucune correspondance</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="265"/>
        <source>Continued from the end</source>
        <translation>Reprise depuis la fin</translation>
    </message>
    <message>
        <location filename="../widgets/findbar.cpp" line="266"/>
        <source>Continued from the start</source>
        <translation>Reprise depuis le début</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/findbar.cpp" line="316"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacement</numerusform>
            <numerusform>%n remplacements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cardigan::FormDiagnostics</name>
    <message>
        <location filename="../widgets/formdiagnostics.cpp" line="109"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Cardigan::FormSection</name>
    <message>
        <location filename="../widgets/formsection.cpp" line="18"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="20"/>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="22"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="24"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="26"/>
        <source>a date</source>
        <translation>une date</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="28"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="30"/>
        <source>a mapping</source>
        <translation>un mapping</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="45"/>
        <source>&quot;%1&quot; is not a number: write digits, e.g. 12 or 0.5</source>
        <translation>« %1 » n’est pas un nombre : écrivez des chiffres, p. ex. 12 ou 0.5</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="79"/>
        <source>Show or hide %1</source>
        <translation>Afficher ou masquer %1</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="181"/>
        <source>the value comes from a merge key (&lt;&lt;) or an alias</source>
        <translation>la valeur vient d’une clé de fusion (&lt;&lt;) ou d’un alias</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="185"/>
        <source>it is an alias (*%1)</source>
        <translation>c’est un alias (*%1)</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="188"/>
        <source>it has an anchor (&amp;%1) that other values may use</source>
        <translation>il porte une ancre (&amp;%1) que d’autres valeurs peuvent utiliser</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="191"/>
        <source>it has a tag (%1)</source>
        <translation>il porte une étiquette (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="206"/>
        <source>it is %1, not a string</source>
        <translation>c’est %1, pas une chaîne</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="209"/>
        <source>it spans several lines</source>
        <translation>il s’étend sur plusieurs lignes</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="237"/>
        <source>Read-only here: %1. &lt;a href=&quot;%2&quot;&gt;Edit in source&lt;/a&gt;</source>
        <translation>En lecture seule ici : %1. &lt;a href=&quot;%2&quot;&gt;Modifier dans la source&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/formsection.cpp" line="250"/>
        <source>Not changed: %1</source>
        <translation>Non modifié : %1</translation>
    </message>
</context>
<context>
    <name>Cardigan::GatedFieldsModel</name>
    <message>
        <location filename="../widgets/gatedfieldsmodel.cpp" line="44"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../widgets/gatedfieldsmodel.cpp" line="44"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../widgets/gatedfieldsmodel.cpp" line="44"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../widgets/gatedfieldsmodel.cpp" line="56"/>
        <source>the type spans several lines</source>
        <translation>le type s’étend sur plusieurs lignes</translation>
    </message>
    <message>
        <location filename="../widgets/gatedfieldsmodel.cpp" line="59"/>
        <source>it is %1, not a type or a select</source>
        <translation>c’est %1, ni un type ni une liste de choix</translation>
    </message>
    <message>
        <location filename="../widgets/gatedfieldsmodel.cpp" line="63"/>
        <source>it has a key &quot;%1&quot; the form does not know</source>
        <translation>il a une clé « %1 » que le formulaire ne connaît pas</translation>
    </message>
    <message>
        <location filename="../widgets/gatedfieldsmodel.cpp" line="68"/>
        <source>a field written as a mapping should be {type: select, options: [...]}</source>
        <translation>un champ écrit comme un mapping devrait être {type: select, options: [...]}</translation>
    </message>
    <message>
        <location filename="../widgets/gatedfieldsmodel.cpp" line="75"/>
        <source>its options are %1, not a list</source>
        <translation>ses options sont %1, pas une liste</translation>
    </message>
    <message>
        <location filename="../widgets/gatedfieldsmodel.cpp" line="79"/>
        <source>its options have labels and values</source>
        <translation>ses options ont des étiquettes et des valeurs</translation>
    </message>
    <message>
        <location filename="../widgets/gatedfieldsmodel.cpp" line="80"/>
        <source>an option is %1, not text</source>
        <translation>une option est %1, pas du texte</translation>
    </message>
    <message>
        <location filename="../widgets/gatedfieldsmodel.cpp" line="84"/>
        <source>an option (&quot;%1&quot;) cannot be written in a comma list</source>
        <translation>une option (« %1 ») ne peut pas s’écrire dans une liste à virgules</translation>
    </message>
    <message>
        <location filename="../widgets/gatedfieldsmodel.cpp" line="122"/>
        <source>a field needs a type: %1</source>
        <translation>un champ a besoin d’un type : %1</translation>
    </message>
</context>
<context>
    <name>Cardigan::GatingGroup</name>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="46"/>
        <source>Gating</source>
        <translation>Accès restreint</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="48"/>
        <source>Gate form fields</source>
        <translation>Champs du formulaire d’accès</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="98"/>
        <source>Gated</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="99"/>
        <source>Not set (repository settings decide)</source>
        <translation>Non défini (les réglages du dépôt décident)</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="100"/>
        <source>Off (false)</source>
        <translation>Désactivé (false)</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="101"/>
        <source>Automatic approval (auto)</source>
        <translation>Approbation automatique (auto)</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="102"/>
        <source>Manual approval (manual)</source>
        <translation>Approbation manuelle (manual)</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="103"/>
        <source>On (true)</source>
        <translation>Activé (true)</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="104"/>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="104"/>
        <source>The gate&apos;s title</source>
        <translation>Le titre de la restriction d’accès</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="105"/>
        <source>Prompt</source>
        <translation>Invite</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="105"/>
        <source>The text shown on the access form</source>
        <translation>Le texte affiché sur le formulaire d’accès</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="106"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="106"/>
        <source>A description above the form</source>
        <translation>Une description au-dessus du formulaire</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="107"/>
        <source>Button</source>
        <translation>Bouton</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="107"/>
        <source>The submit button&apos;s text</source>
        <translation>Le texte du bouton d’envoi</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="108"/>
        <source>E&amp;U disallowed</source>
        <translation>&amp;UE exclue</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="109"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="110"/>
        <source>Yes: refuse access from the EU (true)</source>
        <translation>Oui : refuser l’accès depuis l’UE (true)</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="111"/>
        <source>No (false)</source>
        <translation>Non (false)</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="112"/>
        <source>Form fields</source>
        <translation>Champs du formulaire</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="144"/>
        <source>Not changed: %1</source>
        <translation>Non modifié : %1</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="182"/>
        <source>it is %1, not a mapping (the Hub refuses it)</source>
        <translation>c’est %1, pas un mapping (le Hub le refuse)</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="202"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="208"/>
        <source>Read-only here: %1. &lt;a href=&quot;%2&quot;&gt;Edit in source&lt;/a&gt;</source>
        <translation>En lecture seule ici : %1. &lt;a href=&quot;%2&quot;&gt;Modifier dans la source&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="228"/>
        <source>it is %1 (%2), not one of the choices</source>
        <translation>c’est %1 (%2), aucun des choix proposés</translation>
    </message>
    <message>
        <location filename="../widgets/gatinggroup.cpp" line="314"/>
        <source>Not added: there is a field &quot;%1&quot; already.</source>
        <translation>Non ajouté : il y a déjà un champ « %1 ».</translation>
    </message>
</context>
<context>
    <name>Cardigan::GoToLineBar</name>
    <message>
        <location filename="../widgets/gotolinebar.cpp" line="21"/>
        <source>Go to line:</source>
        <translation>Aller à la ligne :</translation>
    </message>
    <message>
        <location filename="../widgets/gotolinebar.cpp" line="23"/>
        <source>line or line:column</source>
        <translation>ligne ou ligne:colonne</translation>
    </message>
    <message>
        <location filename="../widgets/gotolinebar.cpp" line="27"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../widgets/gotolinebar.cpp" line="28"/>
        <source>Close the go-to-line bar</source>
        <translation>Fermer la barre « Aller à la ligne »</translation>
    </message>
    <message>
        <location filename="../widgets/gotolinebar.cpp" line="57"/>
        <source>1 to %1</source>
        <translation>1 à %1</translation>
    </message>
</context>
<context>
    <name>Cardigan::InferenceGroup</name>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="28"/>
        <source>Inference</source>
        <translation>Inférence</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="33"/>
        <source>Inference parameters</source>
        <translation>Paramètres d’inférence</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="37"/>
        <source>Inference widget and API</source>
        <translation>Widget et API d’inférence</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="38"/>
        <source>Not set (the Hub&apos;s default: on)</source>
        <translation>Non défini (par défaut sur le Hub : activé)</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="39"/>
        <source>On (inference: true)</source>
        <translation>Activée (inference: true)</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="40"/>
        <source>Off (inference: false)</source>
        <translation>Désactivée (inference: false)</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="41"/>
        <source>On, with default parameters</source>
        <translation>Activée, avec des paramètres par défaut</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="48"/>
        <source>&amp;Inference</source>
        <translation>&amp;Inférence</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="53"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="63"/>
        <source>Not changed: %1</source>
        <translation>Non modifié : %1</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="82"/>
        <source>it is %1, not true, false or a mapping</source>
        <translation>c’est %1, ni true, ni false, ni un mapping</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="100"/>
        <location filename="../widgets/inferencegroup.cpp" line="193"/>
        <source>inference is off</source>
        <translation>l’inférence est désactivée</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="105"/>
        <source>the parameters are %1, not a mapping</source>
        <translation>les paramètres sont %1, pas un mapping</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="116"/>
        <source>it is %1</source>
        <translation>c’est %1</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="120"/>
        <source>it spans several lines</source>
        <translation>il s’étend sur plusieurs lignes</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="128"/>
        <source>Inference is off: turn it on to give default parameters.</source>
        <translation>L’inférence est désactivée : activez-la pour donner des paramètres par défaut.</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="153"/>
        <source>The parameters were removed with the mapping; Undo (Ctrl+Z) brings them back.</source>
        <translation>Les paramètres ont été supprimés avec le mapping ; Annuler (Ctrl+Z) les ramène.</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="166"/>
        <source>Not added: there is a parameter &quot;%1&quot; already.</source>
        <translation>Non ajouté : il y a déjà un paramètre « %1 ».</translation>
    </message>
    <message>
        <location filename="../widgets/inferencegroup.cpp" line="172"/>
        <source>Not added: %1</source>
        <translation>Non ajouté : %1</translation>
    </message>
</context>
<context>
    <name>Cardigan::KeyValueTableModel</name>
    <message>
        <location filename="../widgets/keyvaluetablemodel.cpp" line="99"/>
        <source>Read-only here: %1</source>
        <translation>En lecture seule ici : %1</translation>
    </message>
</context>
<context>
    <name>Cardigan::LanguageEditor</name>
    <message>
        <location filename="../widgets/languageeditor.cpp" line="29"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../widgets/languageeditor.cpp" line="36"/>
        <source>not accepted by the Hub</source>
        <translation>non accepté par le Hub</translation>
    </message>
    <message>
        <location filename="../widgets/languageeditor.cpp" line="38"/>
        <source>Add: type a name or a code</source>
        <translation>Ajouter : tapez un nom ou un code</translation>
    </message>
    <message>
        <location filename="../widgets/languageeditor.cpp" line="81"/>
        <source>“%1” has a region or script part, which the Hub refuses: use “%2”.</source>
        <translation>« %1 » a une partie région ou écriture, que le Hub refuse : utilisez « %2 ».</translation>
    </message>
    <message>
        <location filename="../widgets/languageeditor.cpp" line="85"/>
        <source>“%1”: the Hub wants language codes in lowercase: use “%2”.</source>
        <translation>« %1 » : le Hub veut les codes de langue en minuscules : utilisez « %2 ».</translation>
    </message>
    <message>
        <location filename="../widgets/languageeditor.cpp" line="88"/>
        <source>“%1” is not an ISO 639-1, 639-2 or 639-3 code (nor “multilingual” or “code”): search by name to find the code.</source>
        <translation>« %1 » n’est pas un code ISO 639-1, 639-2 ou 639-3 (ni « multilingual » ou « code ») : cherchez par nom pour trouver le code.</translation>
    </message>
</context>
<context>
    <name>Cardigan::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="64"/>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="65"/>
        <source>All Metadata</source>
        <translation>Toutes les métadonnées</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="67"/>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="69"/>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="73"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="74"/>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="88"/>
        <location filename="../widgets/mainwindow.cpp" line="90"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="89"/>
        <source>Widget</source>
        <translation>Widget</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="101"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="102"/>
        <source>Completeness</source>
        <translation>Complétude</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="195"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="198"/>
        <source>New from &amp;Template…</source>
        <translation>Nouveau à partir d’un &amp;gabarit…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="199"/>
        <source>Start a card with the sections the Hub recommends</source>
        <translation>Commencer une fiche avec les sections recommandées par le Hub</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="209"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="213"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="215"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="219"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="231"/>
        <source>&amp;Quick Fix</source>
        <translation>Correction rapi&amp;de</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="241"/>
        <source>&amp;Preferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="254"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="255"/>
        <source>&amp;Metadata</source>
        <translation>&amp;Métadonnées</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="255"/>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="255"/>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="264"/>
        <source>P&amp;roblems</source>
        <translation>P&amp;roblèmes</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="268"/>
        <source>&amp;Completeness</source>
        <translation>&amp;Complétude</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="295"/>
        <source>Go to M&amp;etadata</source>
        <translation>Aller aux mé&amp;tadonnées</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="300"/>
        <source>Go to S&amp;ource</source>
        <translation>Aller à la s&amp;ource</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="304"/>
        <source>Go to Pre&amp;view</source>
        <translation>Aller à l’ap&amp;erçu</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="309"/>
        <source>Go to Pro&amp;blems</source>
        <translation>Aller aux pro&amp;blèmes</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="317"/>
        <source>Load Remote &amp;Images in the Preview</source>
        <translation>Charger les &amp;images distantes dans l’aperçu</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="319"/>
        <source>Off by default: the preview makes no network request.</source>
        <translation>Désactivé par défaut : l’aperçu ne fait aucune requête réseau.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="332"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="333"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="338"/>
        <source>&amp;About Cardigan</source>
        <translation>À &amp;propos de Cardigan</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="340"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="384"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="396"/>
        <source>YAML error at line %1, column %2: %3</source>
        <translation>Erreur YAML ligne %1, colonne %2 : %3</translation>
    </message>
</context>
<context>
    <name>Cardigan::MessagesDialog</name>
    <message>
        <location filename="../widgets/messagesdialog.cpp" line="23"/>
        <location filename="../widgets/messagesdialog.cpp" line="26"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../widgets/messagesdialog.cpp" line="27"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../widgets/messagesdialog.cpp" line="27"/>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../widgets/messagesdialog.cpp" line="39"/>
        <source>Role: user, assistant or system</source>
        <translation>Rôle : user, assistant ou system</translation>
    </message>
    <message>
        <location filename="../widgets/messagesdialog.cpp" line="63"/>
        <source>Message %1: the role must be user, assistant or system, not &quot;%2&quot;.</source>
        <translation>Message %1 : le rôle doit être user, assistant ou system, pas « %2 ».</translation>
    </message>
</context>
<context>
    <name>Cardigan::MetadataForm</name>
    <message>
        <location filename="../widgets/metadataform.cpp" line="37"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="39"/>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="41"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="43"/>
        <location filename="../widgets/metadataform.cpp" line="481"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="45"/>
        <source>a date</source>
        <translation>une date</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="47"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="49"/>
        <source>a mapping</source>
        <translation>un mapping</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/metadataform.cpp" line="57"/>
        <source>mapping of %n key(s)</source>
        <translation>
            <numerusform>mapping de %n clé</numerusform>
            <numerusform>mapping de %n clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/metadataform.cpp" line="60"/>
        <source>list of %n item(s)</source>
        <translation>
            <numerusform>liste de %n élément</numerusform>
            <numerusform>liste de %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="76"/>
        <source>Metadata form</source>
        <translation>Formulaire des métadonnées</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="92"/>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="93"/>
        <source>&amp;License</source>
        <translation>&amp;Licence</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="96"/>
        <source>License &amp;name</source>
        <translation>&amp;Nom de la licence</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="96"/>
        <source>A slug id, e.g. my-license-1.0</source>
        <translation>Un identifiant court, p. ex. my-license-1.0</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="97"/>
        <source>License lin&amp;k</source>
        <translation>Lien de la licen&amp;ce</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="97"/>
        <source>A URL, or LICENSE for the file</source>
        <translation>Une URL, ou LICENSE pour le fichier</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="100"/>
        <source>Lan&amp;guages</source>
        <translation>Lan&amp;gues</translation>
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
        <translation>Tag de &amp;pipeline</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="108"/>
        <source>Library name</source>
        <translation>Nom de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="109"/>
        <source>Li&amp;brary</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="113"/>
        <source>Base models</source>
        <translation>Modèles de base</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="114"/>
        <source>Add a model id; several for a merge</source>
        <translation>Ajoutez un identifiant de modèle ; plusieurs pour une fusion</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="115"/>
        <source>Base &amp;model</source>
        <translation>&amp;Modèle de base</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="117"/>
        <source>Base model relation</source>
        <translation>Relation au modèle de base</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="118"/>
        <source>Not set (the Hub infers it)</source>
        <translation>Non défini (le Hub le déduit)</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="122"/>
        <source>Base model &amp;relation</source>
        <translation>&amp;Relation au modèle de base</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="127"/>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="128"/>
        <source>Add a dataset id (org/name)</source>
        <translation>Ajoutez un identifiant de jeu de données (org/name)</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="129"/>
        <source>Hub dataset ids, e.g. org/name</source>
        <translation>Identifiants de jeux de données du Hub, p. ex. org/name</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="130"/>
        <source>&amp;Datasets</source>
        <translation>&amp;Jeux de données</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="131"/>
        <source>Me&amp;trics</source>
        <translation>Mé&amp;triques</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="131"/>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="132"/>
        <source>&amp;New version</source>
        <translation>&amp;Nouvelle version</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="133"/>
        <source>The id of a newer model</source>
        <translation>L’identifiant d’un modèle plus récent</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="134"/>
        <source>T&amp;humbnail</source>
        <translation>&amp;Vignette</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="135"/>
        <source>An image URL for social sharing</source>
        <translation>Une URL d’image pour le partage sur les réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="138"/>
        <source>&lt;b&gt;Other keys&lt;/b&gt; (edit them in the source)</source>
        <translation>&lt;b&gt;Autres clés&lt;/b&gt; (à modifier dans la source)</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="141"/>
        <source>Other keys</source>
        <translation>Autres clés</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="266"/>
        <source>The YAML does not parse, so the form is read-only: %1 (&lt;a href=&quot;%2&quot;&gt;line %2, column %3&lt;/a&gt;).</source>
        <translation>Le YAML ne peut pas être analysé, le formulaire est donc en lecture seule : %1 (&lt;a href=&quot;%2&quot;&gt;ligne %2, colonne %3&lt;/a&gt;).</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="279"/>
        <source>The metadata is %1, not a mapping: the Hub refuses it. &lt;a href=&quot;%2&quot;&gt;Fix it in the source&lt;/a&gt;.</source>
        <translation>Les métadonnées sont %1, pas un mapping : le Hub les refuse. &lt;a href=&quot;%2&quot;&gt;Corriger dans la source&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="284"/>
        <source>The card has no metadata yet: the first edit here adds it.</source>
        <translation>La fiche n’a pas encore de métadonnées : la première modification ici les ajoute.</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="313"/>
        <source>Read-only here: %1. &lt;a href=&quot;%2&quot;&gt;Edit in source&lt;/a&gt;</source>
        <translation>En lecture seule ici : %1. &lt;a href=&quot;%2&quot;&gt;Modifier dans la source&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="402"/>
        <source>%1; edit it in the Examples tab</source>
        <translation>%1 ; modifiez-le dans l’onglet Exemples</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="404"/>
        <source>%1; edit it in the Evaluation tab</source>
        <translation>%1 ; modifiez-le dans l’onglet Évaluation</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="413"/>
        <source>Show in source</source>
        <translation>Afficher dans la source</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="414"/>
        <source>Show %1 in source</source>
        <translation>Afficher %1 dans la source</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="422"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="442"/>
        <source>the value comes from a merge key (&lt;&lt;)</source>
        <translation>la valeur vient d’une clé de fusion (&lt;&lt;)</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="448"/>
        <source>it is an alias (*%1)</source>
        <translation>c’est un alias (*%1)</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="451"/>
        <source>it has an anchor (&amp;%1) that other values may use</source>
        <translation>il porte une ancre (&amp;%1) que d’autres valeurs peuvent utiliser</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="454"/>
        <source>it has a tag (%1)</source>
        <translation>il porte une étiquette (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="465"/>
        <source>it spans several lines</source>
        <translation>il s’étend sur plusieurs lignes</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="472"/>
        <source>item %1: %2</source>
        <translation>élément %1 : %2</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="475"/>
        <source>item %1 is %2, not a one-line string</source>
        <translation>l’élément %1 est %2, pas une chaîne sur une ligne</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="480"/>
        <source>it is %1, not %2</source>
        <translation>c’est %1, pas %2</translation>
    </message>
    <message>
        <location filename="../widgets/metadataform.cpp" line="481"/>
        <source>a list of strings</source>
        <translation>une liste de chaînes</translation>
    </message>
    <message>
        <location filename="../widgets/metadataformedits.cpp" line="73"/>
        <location filename="../widgets/metadataformsections.cpp" line="95"/>
        <source>Not changed: %1</source>
        <translation>Non modifié : %1</translation>
    </message>
    <message>
        <location filename="../widgets/metadataformsections.cpp" line="46"/>
        <source>Save the card first: the link names a file of its repository</source>
        <translation>Enregistrez d’abord la fiche : le lien désigne un fichier de son dépôt</translation>
    </message>
    <message>
        <location filename="../widgets/metadataformsections.cpp" line="47"/>
        <source>Choose a file of the repository (%1)</source>
        <translation>Choisir un fichier du dépôt (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/metadataformsections.cpp" line="76"/>
        <source>File…</source>
        <translation>Fichier…</translation>
    </message>
    <message>
        <location filename="../widgets/metadataformsections.cpp" line="77"/>
        <source>Choose the license file</source>
        <translation>Choisir le fichier de licence</translation>
    </message>
    <message>
        <location filename="../widgets/metadataformsections.cpp" line="92"/>
        <source>Choose the License File</source>
        <translation>Choisir le fichier de licence</translation>
    </message>
</context>
<context>
    <name>Cardigan::MetadataView</name>
    <message>
        <location filename="../widgets/metadataview.cpp" line="24"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../widgets/metadataview.cpp" line="24"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../widgets/metadataview.cpp" line="26"/>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <location filename="../widgets/metadataview.cpp" line="40"/>
        <source>YAML error at line %1, column %2: %3</source>
        <translation>Erreur YAML ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <location filename="../widgets/metadataview.cpp" line="50"/>
        <source>No metadata: the card has no YAML front matter.</source>
        <translation>Pas de métadonnées : la fiche n’a pas d’en-tête YAML (front matter).</translation>
    </message>
    <message>
        <location filename="../widgets/metadataview.cpp" line="52"/>
        <source>The metadata is not a mapping: the Hub will refuse it.</source>
        <translation>Les métadonnées ne sont pas un mapping : le Hub les refusera.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/metadataview.cpp" line="54"/>
        <source>%n metadata key(s)</source>
        <translation>
            <numerusform>%n clé de métadonnées</numerusform>
            <numerusform>%n clés de métadonnées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cardigan::PaneFocus</name>
    <message>
        <location filename="../widgets/panefocus.cpp" line="46"/>
        <source>%1 tabs</source>
        <translation>Onglets %1</translation>
    </message>
    <message>
        <location filename="../widgets/panefocus.cpp" line="47"/>
        <source>Next Tab</source>
        <translation>Onglet suivant</translation>
    </message>
    <message>
        <location filename="../widgets/panefocus.cpp" line="51"/>
        <source>Previous Tab</source>
        <translation>Onglet précédent</translation>
    </message>
</context>
<context>
    <name>Cardigan::ParameterTableModel</name>
    <message>
        <location filename="../widgets/parametertablemodel.cpp" line="24"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../widgets/parametertablemodel.cpp" line="24"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../widgets/parametertablemodel.cpp" line="24"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../widgets/parametertablemodel.cpp" line="29"/>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../widgets/parametertablemodel.cpp" line="29"/>
        <source>boolean</source>
        <translation>booléen</translation>
    </message>
    <message>
        <location filename="../widgets/parametertablemodel.cpp" line="29"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../widgets/parametertablemodel.cpp" line="47"/>
        <source>&quot;%1&quot; is not a boolean: write true or false</source>
        <translation>« %1 » n’est pas un booléen : écrivez true ou false</translation>
    </message>
    <message>
        <location filename="../widgets/parametertablemodel.cpp" line="88"/>
        <source>&quot;%1&quot; is not a type: choose %2</source>
        <translation>« %1 » n’est pas un type : choisissez %2</translation>
    </message>
    <message>
        <location filename="../widgets/parametertablemodel.cpp" line="93"/>
        <source>%1 cannot become %2: %3</source>
        <translation>%1 ne peut pas devenir %2 : %3</translation>
    </message>
</context>
<context>
    <name>Cardigan::PipelinePicker</name>
    <message>
        <location filename="../widgets/pipelinepicker.cpp" line="19"/>
        <source>Pipeline tag</source>
        <translation>Tag de pipeline</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepicker.cpp" line="24"/>
        <source>Not set (the Hub infers it)</source>
        <translation>Non défini (le Hub le déduit)</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepicker.cpp" line="35"/>
        <source>%1 (group)</source>
        <translation>%1 (groupe)</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepicker.cpp" line="41"/>
        <source>    %1 (%2)</source>
        <translation>    %1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepicker.cpp" line="70"/>
        <source>%1 (not a Hub task)</source>
        <translation>%1 (pas une tâche du Hub)</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepicker.cpp" line="82"/>
        <source>%1 (inferred from %2)</source>
        <translation>%1 (déduit de %2)</translation>
    </message>
    <message>
        <location filename="../widgets/pipelinepicker.cpp" line="84"/>
        <source>Not set in the card: the Hub infers %1 from %2. Pick a task to write it down.</source>
        <translation>Non défini dans la fiche : le Hub déduit %1 de %2. Choisissez une tâche pour l’écrire.</translation>
    </message>
</context>
<context>
    <name>Cardigan::PreferencesDialog</name>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="34"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="39"/>
        <source>Editor font</source>
        <translation>Police de l’éditeur</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="40"/>
        <source>Fixed-pitch fonts only: YAML indentation must line up.</source>
        <translation>Polices à chasse fixe uniquement : l’indentation YAML doit s’aligner.</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="43"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="44"/>
        <source>Editor font size</source>
        <translation>Taille de la police de l’éditeur</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="50"/>
        <location filename="../widgets/preferencesdialog.cpp" line="67"/>
        <source>Follow the System</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="51"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="52"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="53"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="55"/>
        <location filename="../widgets/preferencesdialog.cpp" line="56"/>
        <source>Load remote images in the preview</source>
        <translation>Charger les images distantes dans l’aperçu</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="57"/>
        <source>Off by default: the preview makes no network request.</source>
        <translation>Désactivé par défaut : l’aperçu ne fait aucune requête réseau.</translation>
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
        <translation>Intervalle de l’enregistrement automatique en secondes</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="63"/>
        <source>How long after a change unsaved work is copied for recovery after a crash.</source>
        <translation>Combien de temps après une modification le travail non enregistré est copié, pour le récupérer après un plantage.</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="72"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="73"/>
        <source>Takes effect after a restart.</source>
        <translation>Prend effet après un redémarrage.</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="80"/>
        <source>Editor &amp;font:</source>
        <translation>&amp;Police de l’éditeur :</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="83"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="84"/>
        <source>Preview:</source>
        <translation>Aperçu :</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="87"/>
        <source>&amp;Autosave after:</source>
        <translation>Enregistrer &amp;automatiquement après :</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="88"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="95"/>
        <source>Restore defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>Cardigan::PreviewView</name>
    <message>
        <location filename="../widgets/previewview.cpp" line="80"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../widgets/previewview.cpp" line="81"/>
        <source>Preview of the card</source>
        <translation>Aperçu de la fiche</translation>
    </message>
</context>
<context>
    <name>Cardigan::ProblemsModel</name>
    <message>
        <location filename="../widgets/problemsmodel.cpp" line="42"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../widgets/problemsmodel.cpp" line="44"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
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
        <translation>%1 ligne %2, colonne %3 : %4 [%5]</translation>
    </message>
    <message>
        <location filename="../widgets/problemsmodel.cpp" line="89"/>
        <source>Quick fix: %1</source>
        <translation>Correction rapide : %1</translation>
    </message>
    <message>
        <location filename="../widgets/problemsmodel.cpp" line="95"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../widgets/problemsmodel.cpp" line="119"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../widgets/problemsmodel.cpp" line="121"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../widgets/problemsmodel.cpp" line="123"/>
        <source>Line:Col</source>
        <translation>Ligne:col.</translation>
    </message>
</context>
<context>
    <name>Cardigan::ProblemsPanel</name>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="31"/>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="34"/>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="35"/>
        <source>%1 errors</source>
        <translation>%1 erreurs</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="36"/>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="37"/>
        <source>%1 warnings</source>
        <translation>%1 avertissements</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="39"/>
        <source>1 note</source>
        <translation>1 remarque</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="40"/>
        <source>%1 notes</source>
        <translation>%1 remarques</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="63"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="64"/>
        <source>&lt;b&gt;Problems&lt;/b&gt;</source>
        <translation>&lt;b&gt;Problèmes&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="70"/>
        <source>&amp;Fix</source>
        <translation>&amp;Corriger</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="71"/>
        <source>Apply the quick fix of the selected problem</source>
        <translation>Appliquer la correction rapide du problème sélectionné</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="73"/>
        <source>Fix &amp;All of This Kind</source>
        <translation>Corriger &amp;tous ceux de ce type</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="74"/>
        <source>Apply the quick fixes of every problem of this kind</source>
        <translation>Appliquer les corrections rapides de tous les problèmes de ce type</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="79"/>
        <source>Problems list</source>
        <translation>Liste des problèmes</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="119"/>
        <source>Show the problems panel</source>
        <translation>Afficher le panneau des problèmes</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="175"/>
        <source>Problems: %1</source>
        <translation>Problèmes : %1</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="201"/>
        <source>Select a problem that has a quick fix</source>
        <translation>Sélectionnez un problème qui a une correction rapide</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="204"/>
        <source>Fix all %1 problems of kind %2 as one undo step</source>
        <translation>Corriger les %1 problèmes de type %2 en une seule étape d’annulation</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="238"/>
        <source>Fix: %1</source>
        <translation>Corriger : %1</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="242"/>
        <source>Fix All %1 of Kind %2</source>
        <translation>Corriger les %1 de type %2</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="249"/>
        <source>Go to Line %1</source>
        <translation>Aller à la ligne %1</translation>
    </message>
    <message>
        <location filename="../widgets/problemspanel.cpp" line="250"/>
        <source>Copy Message</source>
        <translation>Copier le message</translation>
    </message>
</context>
<context>
    <name>Cardigan::QuickFixer</name>
    <message>
        <location filename="../widgets/quickfixer.cpp" line="38"/>
        <source>This problem has no quick fix.</source>
        <translation>Ce problème n’a pas de correction rapide.</translation>
    </message>
    <message>
        <location filename="../widgets/quickfixer.cpp" line="42"/>
        <source>The problem is gone: nothing to fix.</source>
        <translation>Le problème a disparu : rien à corriger.</translation>
    </message>
    <message>
        <location filename="../widgets/quickfixer.cpp" line="50"/>
        <source>Fixed: %1</source>
        <translation>Corrigé : %1</translation>
    </message>
    <message>
        <location filename="../widgets/quickfixer.cpp" line="53"/>
        <source>The fix &quot;%1&quot; was refused: %2</source>
        <translation>La correction « %1 » a été refusée : %2</translation>
    </message>
    <message>
        <location filename="../widgets/quickfixer.cpp" line="81"/>
        <source>Nothing to fix of this kind.</source>
        <translation>Rien à corriger de ce type.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/quickfixer.cpp" line="101"/>
        <source>Fixed %n problem(s) of kind %1.</source>
        <translation>
            <numerusform>%n problème de type %1 corrigé.</numerusform>
            <numerusform>%n problèmes de type %1 corrigés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/quickfixer.cpp" line="103"/>
        <source>The fixes of kind %1 were refused, nothing was changed: %2</source>
        <translation>Les corrections de type %1 ont été refusées, rien n’a été modifié : %2</translation>
    </message>
</context>
<context>
    <name>Cardigan::RecentFiles</name>
    <message>
        <location filename="../widgets/recentfiles.cpp" line="130"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vider le menu</translation>
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
        <translation>Pointeur LFS</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="72"/>
        <source>not in LFS</source>
        <translation>pas dans LFS</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="80"/>
        <source>link out of the repository: not followed</source>
        <translation>lien hors du dépôt : non suivi</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="84"/>
        <source>the model card</source>
        <translation>la fiche de modèle</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="87"/>
        <source>model config</source>
        <translation>configuration du modèle</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="88"/>
        <source>model config: %1</source>
        <translation>configuration du modèle : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/repofilemodel.cpp" line="90"/>
        <source>LFS rules (%n pattern(s))</source>
        <translation>
            <numerusform>Règles LFS (%n motif)</numerusform>
            <numerusform>Règles LFS (%n motifs)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="92"/>
        <source>shard index: %1</source>
        <translation>index des fragments : %1</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="95"/>
        <source>%1 weights</source>
        <translation>poids %1</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="96"/>
        <source>%1 weights (tag: %2)</source>
        <translation>poids %1 (tag : %2)</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="99"/>
        <source>not downloaded</source>
        <translation>non téléchargé</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="99"/>
        <source>%1; not downloaded</source>
        <translation>%1 ; non téléchargé</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="115"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="139"/>
        <source>10 MB or more and not tracked by LFS: the Hub refuses the push</source>
        <translation>10 Mo ou plus et non suivi par LFS : le Hub refuse le push</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="142"/>
        <source>LFS pointer to %1 (%2 bytes): git lfs pull downloads it</source>
        <translation>pointeur LFS vers %1 (%2 octets) : git lfs pull le télécharge</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="187"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="189"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="193"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../widgets/repofilemodel.cpp" line="195"/>
        <source>On the Hub</source>
        <translation>Sur le Hub</translation>
    </message>
</context>
<context>
    <name>Cardigan::RepoFilePicker</name>
    <message>
        <location filename="../widgets/repofilepicker.cpp" line="40"/>
        <source>the card has no folder yet: save it first</source>
        <translation>la fiche n’a pas encore de dossier : enregistrez-la d’abord</translation>
    </message>
    <message>
        <location filename="../widgets/repofilepicker.cpp" line="44"/>
        <source>&quot;%1&quot; is not a file</source>
        <translation>« %1 » n’est pas un fichier</translation>
    </message>
    <message>
        <location filename="../widgets/repofilepicker.cpp" line="51"/>
        <source>&quot;%1&quot; is outside the card&apos;s folder %2: the Hub can only link to files of the repository</source>
        <translation>« %1 » est hors du dossier de la fiche %2 : le Hub ne peut lier que des fichiers du dépôt</translation>
    </message>
</context>
<context>
    <name>Cardigan::RepoPanel</name>
    <message>
        <location filename="../widgets/repopanel.cpp" line="45"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="58"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="59"/>
        <source>&amp;Rescan</source>
        <translation>&amp;Réanalyser</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="60"/>
        <source>Tags from your card</source>
        <translation>Tags de votre fiche</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="61"/>
        <source>Tags added by the Hub</source>
        <translation>Tags ajoutés par le Hub</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="62"/>
        <source>Pipeline tag on the Hub</source>
        <translation>Tag de pipeline sur le Hub</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="63"/>
        <source>Library on the Hub</source>
        <translation>Bibliothèque sur le Hub</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="64"/>
        <source>Model size on the Hub</source>
        <translation>Taille du modèle sur le Hub</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="65"/>
        <source>Repository warnings</source>
        <translation>Avertissements du dépôt</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="68"/>
        <source>Suggestion result</source>
        <translation>Résultat de la suggestion</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="71"/>
        <source>Repository files</source>
        <translation>Fichiers du dépôt</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="75"/>
        <source>Scan status</source>
        <translation>État de l’analyse</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="79"/>
        <source>Scanning</source>
        <translation>Analyse en cours</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="82"/>
        <source>Cancel the scan</source>
        <translation>Annuler l’analyse</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="85"/>
        <source>Scan the repository again</source>
        <translation>Analyser de nouveau le dépôt</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="86"/>
        <source>Read the card&apos;s folder again</source>
        <translation>Relire le dossier de la fiche</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="100"/>
        <source>&lt;b&gt;What the Hub will show&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ce que le Hub affichera&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="101"/>
        <source>Tags from your card:</source>
        <translation>Tags de votre fiche :</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="102"/>
        <source>Added by the Hub:</source>
        <translation>Ajoutés par le Hub :</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="103"/>
        <source>pipeline_tag:</source>
        <translation>pipeline_tag :</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="104"/>
        <source>library_name:</source>
        <translation>library_name :</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="105"/>
        <source>Model size:</source>
        <translation>Taille du modèle :</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="107"/>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="118"/>
        <source>What the Hub will show</source>
        <translation>Ce que le Hub affichera</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="128"/>
        <source>Files of the repository</source>
        <translation>Fichiers du dépôt</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/repopanel.cpp" line="180"/>
        <source>Scanning %1: %n file(s) so far</source>
        <translation>
            <numerusform>Analyse de %1 : %n fichier jusqu’ici</numerusform>
            <numerusform>Analyse de %1 : %n fichiers jusqu’ici</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="193"/>
        <source>Untitled card: no repository. Save it as README.md in a model&apos;s folder to see its files as the Hub will.</source>
        <translation>Fiche sans titre : pas de dépôt. Enregistrez-la comme README.md dans le dossier d’un modèle pour voir ses fichiers comme le Hub les verra.</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="198"/>
        <source>Scan cancelled: %1 was not read. Rescan to try again.</source>
        <translation>Analyse annulée : %1 n’a pas été lu. Réanalysez pour réessayer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/repopanel.cpp" line="203"/>
        <source>%n file(s), %1, in %2</source>
        <translation>
            <numerusform>%n fichier, %1, dans %2</numerusform>
            <numerusform>%n fichiers, %1, dans %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/repopanel.cpp" line="207"/>
        <source>(%n not downloaded: LFS pointer(s))</source>
        <translation>
            <numerusform>(%n non téléchargé : pointeur LFS)</numerusform>
            <numerusform>(%n non téléchargés : pointeurs LFS)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="222"/>
        <source>unknown while the YAML has an error</source>
        <translation>inconnu tant que le YAML a une erreur</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="226"/>
        <source>%1 (from %2)</source>
        <translation>%1 (d’après %2)</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="227"/>
        <source>%1 (from %2: %3)</source>
        <translation>%1 (d’après %2 : %3)</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="231"/>
        <source>none: the model page shows no task</source>
        <translation>aucun : la page du modèle n’affiche aucune tâche</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="233"/>
        <location filename="../widgets/repopanel.cpp" line="240"/>
        <source>%1 (set in the card)</source>
        <translation>%1 (défini dans la fiche)</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="238"/>
        <source>none: the model page shows no library</source>
        <translation>aucune : la page du modèle n’affiche aucune bibliothèque</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/repopanel.cpp" line="247"/>
        <source>unknown: %n safetensors file(s) could not be read (not downloaded or unreadable)</source>
        <translation>
            <numerusform>inconnue : %n fichier safetensors n’a pas pu être lu (non téléchargé ou illisible)</numerusform>
            <numerusform>inconnue : %n fichiers safetensors n’ont pas pu être lus (non téléchargés ou illisibles)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="250"/>
        <source>unknown: the Hub shows it for safetensors weights</source>
        <translation>inconnue : le Hub l’affiche pour les poids safetensors</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/repopanel.cpp" line="253"/>
        <source>(partial: %n safetensors file(s) not read)</source>
        <translation>
            <numerusform>(partielle : %n fichier safetensors non lu)</numerusform>
            <numerusform>(partielle : %n fichiers safetensors non lus)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/repopanel.cpp" line="260"/>
        <source>… and %n more (see the files below)</source>
        <translation>
            <numerusform>… et %n autre (voir les fichiers ci-dessous)</numerusform>
            <numerusform>… et %n autres (voir les fichiers ci-dessous)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="310"/>
        <source>Set %1: %2</source>
        <translation>Définir %1 : %2</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="313"/>
        <source>Set %1 to %2 in the card</source>
        <translation>Définir %1 à %2 dans la fiche</translation>
    </message>
    <message>
        <location filename="../widgets/repopanel.cpp" line="332"/>
        <source>%1 was not set: %2</source>
        <translation>%1 n’a pas été défini : %2</translation>
    </message>
</context>
<context>
    <name>Cardigan::ShortcutsDialog</name>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="52"/>
        <source>Next or previous control</source>
        <translation>Contrôle suivant ou précédent</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="54"/>
        <source>In the source: leave the editor (Tab indents there)</source>
        <translation>Dans la source : quitter l’éditeur (Tab y indente)</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="55"/>
        <source>On a row of tabs: previous or next tab</source>
        <translation>Sur une rangée d’onglets : onglet précédent ou suivant</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="56"/>
        <source>Close the find or go-to-line bar</source>
        <translation>Fermer la barre de recherche ou la barre « Aller à la ligne »</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="58"/>
        <source>In the find field: next or previous match</source>
        <translation>Dans le champ de recherche : correspondance suivante ou précédente</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="59"/>
        <source>In a table: edit the current cell</source>
        <translation>Dans un tableau : modifier la cellule courante</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="60"/>
        <source>In the field under a list (tags, datasets...): add what is typed; a, b adds two</source>
        <translation>Dans le champ sous une liste (tags, jeux de données...) : ajouter ce qui est saisi ; a, b en ajoute deux</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="62"/>
        <source>In a list (tags, datasets...): remove the selected item</source>
        <translation>Dans une liste (tags, jeux de données...) : supprimer l’élément sélectionné</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="63"/>
        <source>In the Problems list: go to the problem in the source</source>
        <translation>Dans la liste Problèmes : aller au problème dans la source</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="72"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="75"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre :</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="78"/>
        <source>Command or key, e.g. find or Ctrl+F</source>
        <translation>Commande ou touche, p. ex. rechercher ou Ctrl+F</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="80"/>
        <source>Filter the shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="83"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="85"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="85"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="103"/>
        <source>Keys in the panes</source>
        <translation>Touches dans les panneaux</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="141"/>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <location filename="../widgets/shortcutsdialog.cpp" line="170"/>
        <source>%1 (while it has the focus)</source>
        <translation>%1 (quand le focus y est)</translation>
    </message>
</context>
<context>
    <name>Cardigan::ShowChangesDialog</name>
    <message>
        <location filename="../widgets/showchangesdialog.cpp" line="52"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../widgets/showchangesdialog.cpp" line="68"/>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
</context>
<context>
    <name>Cardigan::SourceEditor</name>
    <message>
        <location filename="../widgets/sourceeditor.cpp" line="42"/>
        <source>Card source</source>
        <translation>Source de la fiche</translation>
    </message>
    <message>
        <location filename="../widgets/sourceeditor.cpp" line="357"/>
        <source>YAML error at line %1, column %2: %3</source>
        <translation>Erreur YAML ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <location filename="../widgets/sourceeditordiagnostics.cpp" line="28"/>
        <source>Fix: %1</source>
        <translation>Corriger : %1</translation>
    </message>
    <message>
        <location filename="../widgets/sourceeditordiagnostics.cpp" line="45"/>
        <source>No problem here to fix.</source>
        <translation>Aucun problème à corriger ici.</translation>
    </message>
    <message>
        <location filename="../widgets/sourceeditordiagnostics.cpp" line="46"/>
        <source>The problem here has no quick fix: edit the text.</source>
        <translation>Le problème ici n’a pas de correction rapide : modifiez le texte.</translation>
    </message>
    <message>
        <location filename="../widgets/sourceeditordiagnostics.cpp" line="54"/>
        <source>Quick fixes</source>
        <translation>Corrections rapides</translation>
    </message>
    <message>
        <location filename="../widgets/sourceeditordiagnostics.cpp" line="84"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location filename="../widgets/sourceeditordiagnostics.cpp" line="86"/>
        <source>Quick fix (Ctrl+.): %1</source>
        <translation>Correction rapide (Ctrl+.) : %1</translation>
    </message>
</context>
<context>
    <name>Cardigan::SourcePane</name>
    <message>
        <location filename="../widgets/sourcepane.cpp" line="30"/>
        <source>This card has very long lines (over %L1 characters): lines are not wrapped, and the long ones are not coloured.</source>
        <translation>Cette fiche a des lignes très longues (plus de %L1 caractères) : les lignes ne sont pas renvoyées à la ligne, et les longues ne sont pas colorées.</translation>
    </message>
    <message>
        <location filename="../widgets/sourcepane.cpp" line="33"/>
        <source>Long lines notice</source>
        <translation>Avis sur les lignes longues</translation>
    </message>
    <message>
        <location filename="../widgets/sourcepane.cpp" line="52"/>
        <source>&amp;Find...</source>
        <translation>Re&amp;chercher...</translation>
    </message>
    <message>
        <location filename="../widgets/sourcepane.cpp" line="53"/>
        <source>R&amp;eplace...</source>
        <translation>Re&amp;mplacer...</translation>
    </message>
    <message>
        <location filename="../widgets/sourcepane.cpp" line="55"/>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <location filename="../widgets/sourcepane.cpp" line="56"/>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <location filename="../widgets/sourcepane.cpp" line="57"/>
        <source>&amp;Go to Line...</source>
        <translation>A&amp;ller à la ligne...</translation>
    </message>
</context>
<context>
    <name>Cardigan::TableDataDialog</name>
    <message>
        <location filename="../widgets/tabledatadialog.cpp" line="84"/>
        <source>Add &amp;column…</source>
        <translation>Ajouter une &amp;colonne…</translation>
    </message>
    <message>
        <location filename="../widgets/tabledatadialog.cpp" line="88"/>
        <source>Add column</source>
        <translation>Ajouter une colonne</translation>
    </message>
    <message>
        <location filename="../widgets/tabledatadialog.cpp" line="88"/>
        <location filename="../widgets/tabledatadialog.cpp" line="101"/>
        <source>Column name:</source>
        <translation>Nom de la colonne :</translation>
    </message>
    <message>
        <location filename="../widgets/tabledatadialog.cpp" line="93"/>
        <source>Re&amp;name column…</source>
        <translation>Re&amp;nommer la colonne…</translation>
    </message>
    <message>
        <location filename="../widgets/tabledatadialog.cpp" line="101"/>
        <source>Rename column</source>
        <translation>Renommer la colonne</translation>
    </message>
    <message>
        <location filename="../widgets/tabledatadialog.cpp" line="107"/>
        <source>Remo&amp;ve column</source>
        <translation>Supprim&amp;er la colonne</translation>
    </message>
    <message>
        <location filename="../widgets/tabledatadialog.cpp" line="157"/>
        <source>Two columns are called &quot;%1&quot;: the names must differ.</source>
        <translation>Deux colonnes s’appellent « %1 » : les noms doivent être différents.</translation>
    </message>
</context>
<context>
    <name>Cardigan::TableEditor</name>
    <message>
        <location filename="../widgets/tableeditor.cpp" line="24"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../widgets/tableeditor.cpp" line="25"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../widgets/tableeditor.cpp" line="48"/>
        <source>New entry name</source>
        <translation>Nom de la nouvelle entrée</translation>
    </message>
    <message>
        <location filename="../widgets/tableeditor.cpp" line="49"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../widgets/tableeditor.cpp" line="51"/>
        <source>New entry type</source>
        <translation>Type de la nouvelle entrée</translation>
    </message>
    <message>
        <location filename="../widgets/tableeditor.cpp" line="54"/>
        <source>Add to %1</source>
        <translation>Ajouter à %1</translation>
    </message>
    <message>
        <location filename="../widgets/tableeditor.cpp" line="56"/>
        <source>Remove the selected entry of %1</source>
        <translation>Supprimer l’entrée sélectionnée de %1</translation>
    </message>
    <message>
        <location filename="../widgets/tableeditor.cpp" line="65"/>
        <source>New entry value</source>
        <translation>Valeur de la nouvelle entrée</translation>
    </message>
    <message>
        <location filename="../widgets/tableeditor.cpp" line="66"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>Cardigan::WidgetExampleEditor</name>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="48"/>
        <location filename="../widgets/widgetexampleeditor.cpp" line="85"/>
        <source>Widget examples</source>
        <translation>Exemples du widget</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="52"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="52"/>
        <source>Add an example</source>
        <translation>Ajouter un exemple</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="53"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="54"/>
        <source>Copy the selected example below it</source>
        <translation>Copier l’exemple sélectionné en dessous</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="55"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="56"/>
        <source>Remove the selected example</source>
        <translation>Supprimer l’exemple sélectionné</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="57"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="57"/>
        <source>Move the example up</source>
        <translation>Monter l’exemple</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="58"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="58"/>
        <source>Move the example down</source>
        <translation>Descendre l’exemple</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="59"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="59"/>
        <source>Edit the selected cell</source>
        <translation>Modifier la cellule sélectionnée</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="60"/>
        <source>&amp;File…</source>
        <translation>&amp;Fichier…</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="61"/>
        <source>Pick a file of the repository for the example&apos;s src</source>
        <translation>Choisir un fichier du dépôt pour le src de l’exemple</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="74"/>
        <source>The card has no widget examples: the Hub shows its default inputs. Add one to choose what visitors try first.</source>
        <translation>La fiche n’a pas d’exemples de widget : le Hub affiche ses entrées par défaut. Ajoutez-en un pour choisir ce que les visiteurs essaient en premier.</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="133"/>
        <location filename="../widgets/widgetexampleeditor.cpp" line="345"/>
        <source>Not changed: %1</source>
        <translation>Non modifié : %1</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="203"/>
        <source>The examples are read-only here: %1. &lt;a href=&quot;%2&quot;&gt;Show in source&lt;/a&gt;</source>
        <translation>Les exemples sont ici en lecture seule : %1. &lt;a href=&quot;%2&quot;&gt;Afficher dans la source&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="236"/>
        <location filename="../widgets/widgetexampleeditor.cpp" line="327"/>
        <source>Read-only here: %1. &lt;a href=&quot;%2&quot;&gt;Show in source&lt;/a&gt;</source>
        <translation>En lecture seule ici : %1. &lt;a href=&quot;%2&quot;&gt;Afficher dans la source&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="290"/>
        <source>Keys without a column are edited in the source. &lt;a href=&quot;%1&quot;&gt;Show in source&lt;/a&gt;</source>
        <translation>Les clés sans colonne se modifient dans la source. &lt;a href=&quot;%1&quot;&gt;Afficher dans la source&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="303"/>
        <source>Not changed: the example was removed meanwhile.</source>
        <translation>Non modifié : l’exemple a été supprimé entre-temps.</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="333"/>
        <source>Save the card in its repository first: the file is picked from there. A URL can be typed in the cell.</source>
        <translation>Enregistrez d’abord la fiche dans son dépôt : le fichier y est choisi. Une URL peut être tapée dans la cellule.</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="339"/>
        <source>Example file</source>
        <translation>Fichier d’exemple</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexampleeditor.cpp" line="340"/>
        <source>Images and audio (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.flac *.wav *.mp3 *.ogg *.m4a);;All files (*)</source>
        <translation>Images et audio (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.flac *.wav *.mp3 *.ogg *.m4a);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Cardigan::WidgetExampleModel</name>
    <message>
        <location filename="../widgets/examplevalues.cpp" line="82"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location filename="../widgets/examplevalues.cpp" line="84"/>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <location filename="../widgets/examplevalues.cpp" line="86"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../widgets/examplevalues.cpp" line="88"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location filename="../widgets/examplevalues.cpp" line="90"/>
        <source>a date</source>
        <translation>une date</translation>
    </message>
    <message>
        <location filename="../widgets/examplevalues.cpp" line="92"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../widgets/examplevalues.cpp" line="94"/>
        <source>a mapping</source>
        <translation>un mapping</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="141"/>
        <source>Read-only here: %1. Edit it in the source.</source>
        <translation>En lecture seule ici : %1. Modifiez-le dans la source.</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="173"/>
        <source>Keys the table has no column for</source>
        <translation>Clés sans colonne dans le tableau</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="179"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="180"/>
        <source>File (src)</source>
        <translation>Fichier (src)</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="181"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="182"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="183"/>
        <source>Candidate labels</source>
        <translation>Étiquettes candidates</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="184"/>
        <source>Multi-class</source>
        <translation>Multiclasse</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="185"/>
        <source>Source sentence</source>
        <translation>Phrase source</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="186"/>
        <source>Sentences</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="187"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="188"/>
        <source>Structured data</source>
        <translation>Données structurées</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="189"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="190"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="191"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="192"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="193"/>
        <source>Other keys</source>
        <translation>Autres clés</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="250"/>
        <source>%1 (score %2)</source>
        <translation>%1 (score %2)</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="263"/>
        <source>%1 × %2: %3</source>
        <translation>%1 × %2 : %3</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="264"/>
        <source>1 column</source>
        <translation>1 colonne</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="264"/>
        <source>%1 columns</source>
        <translation>%1 colonnes</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="265"/>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="265"/>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="346"/>
        <source>the YAML does not parse</source>
        <translation>le YAML ne peut pas être analysé</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="350"/>
        <source>the metadata is %1, not a mapping</source>
        <translation>les métadonnées sont %1, pas un mapping</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="358"/>
        <source>`widget` comes from a merge key (&lt;&lt;)</source>
        <translation>`widget` vient d’une clé de fusion (&lt;&lt;)</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="362"/>
        <source>`widget` is an alias (*%1)</source>
        <translation>`widget` est un alias (*%1)</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="365"/>
        <source>`widget` has an anchor (&amp;%1) that other values may use</source>
        <translation>`widget` porte une ancre (&amp;%1) que d’autres valeurs peuvent utiliser</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="368"/>
        <source>`widget` has a tag (%1)</source>
        <translation>`widget` porte une étiquette (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="371"/>
        <source>`widget` is %1, not a list</source>
        <translation>`widget` est %1, pas une liste</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="388"/>
        <source>it holds an alias (*%1)</source>
        <translation>il contient un alias (*%1)</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="391"/>
        <source>it has an anchor (&amp;%1) that other values may use</source>
        <translation>il porte une ancre (&amp;%1) que d’autres valeurs peuvent utiliser</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="394"/>
        <source>it has a tag (%1)</source>
        <translation>il porte une étiquette (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="404"/>
        <source>the example has no text of its own</source>
        <translation>l’exemple n’a pas de texte propre</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="408"/>
        <source>the example is an alias (*%1)</source>
        <translation>l’exemple est un alias (*%1)</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="411"/>
        <source>the example has an anchor or a tag</source>
        <translation>l’exemple porte une ancre ou une étiquette</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="415"/>
        <source>the example is %1, not a mapping</source>
        <translation>l’exemple est %1, pas un mapping</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="418"/>
        <source>keys without a column are edited in the source</source>
        <translation>les clés sans colonne se modifient dans la source</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="425"/>
        <source>the value comes from a merge key (&lt;&lt;)</source>
        <translation>la valeur vient d’une clé de fusion (&lt;&lt;)</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="436"/>
        <source>it is %1, not a string</source>
        <translation>c’est %1, pas une chaîne</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="440"/>
        <source>it is %1, not true or false</source>
        <translation>c’est %1, ni true ni false</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="442"/>
        <source>it is not a list of strings</source>
        <translation>ce n’est pas une liste de chaînes</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="445"/>
        <source>it is not a mapping of columns to lists of strings or numbers</source>
        <translation>ce n’est pas un mapping de colonnes vers des listes de chaînes ou de nombres</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="447"/>
        <source>it is not a list of {role, content} messages</source>
        <translation>ce n’est pas une liste de messages {role, content}</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodel.cpp" line="450"/>
        <source>it is not one of the Hub&apos;s output shapes (labels with scores, answer with score, text, url)</source>
        <translation>ce n’est aucune des formes de sortie du Hub (étiquettes avec scores, réponse avec score, texte, URL)</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodeledits.cpp" line="72"/>
        <location filename="../widgets/widgetexamplemodeledits.cpp" line="83"/>
        <location filename="../widgets/widgetexamplemodeledits.cpp" line="91"/>
        <location filename="../widgets/widgetexamplemodeledits.cpp" line="116"/>
        <location filename="../widgets/widgetexamplemodeledits.cpp" line="124"/>
        <location filename="../widgets/widgetexamplemodeledits.cpp" line="141"/>
        <source>%1; nothing was changed: edit it in the source</source>
        <translation>%1 ; rien n’a été modifié : modifiez-le dans la source</translation>
    </message>
    <message>
        <location filename="../widgets/widgetexamplemodeledits.cpp" line="73"/>
        <source>the example is not a mapping</source>
        <translation>l’exemple n’est pas un mapping</translation>
    </message>
</context>
<context>
    <name>Cardigan::WidgetPreview</name>
    <message>
        <location filename="../widgets/widgetpreview.cpp" line="22"/>
        <source>Inference widget preview</source>
        <translation>Aperçu du widget d’inférence</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreview.cpp" line="35"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreview.cpp" line="38"/>
        <source>Example groups</source>
        <translation>Groupes d’exemples</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreview.cpp" line="41"/>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreview.cpp" line="60"/>
        <source>Example inputs and output</source>
        <translation>Entrées et sortie d’exemple</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreview.cpp" line="130"/>
        <source>%1 (inferred)</source>
        <translation>%1 (déduit)</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreview.cpp" line="135"/>
        <source>The card has no widget examples: these are the Hub&apos;s default inputs for &quot;%1&quot;.</source>
        <translation>La fiche n’a pas d’exemples de widget : voici les entrées par défaut du Hub pour « %1 ».</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="142"/>
        <source>Audio: %1</source>
        <translation>Audio : %1</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="152"/>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="153"/>
        <source>Play the example&apos;s audio</source>
        <translation>Lire l’audio de l’exemple</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="165"/>
        <source>Example image %1</source>
        <translation>Image d’exemple %1</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="190"/>
        <source>Remote image not loaded: %1
(View &gt; Load Remote Images allows it)</source>
        <translation>Image distante non chargée : %1
(Affichage &gt; Charger les images distantes l’autorise)</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="198"/>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="205"/>
        <source>Could not load %1</source>
        <translation>Impossible de charger %1</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="220"/>
        <source>%1 (save the card in its repository to see the image)</source>
        <translation>%1 (enregistrez la fiche dans son dépôt pour voir l’image)</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="221"/>
        <source>%1: no such image in the card&apos;s folder</source>
        <translation>%1 : aucune image de ce nom dans le dossier de la fiche</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="240"/>
        <location filename="../widgets/widgetpreviewparts.cpp" line="312"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="241"/>
        <location filename="../widgets/widgetpreviewparts.cpp" line="242"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="247"/>
        <source>Text to classify</source>
        <translation>Texte à classer</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="249"/>
        <source>Possible class names (comma-separated)</source>
        <translation>Noms de classe possibles (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="251"/>
        <source>Possible class names</source>
        <translation>Noms de classe possibles</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="253"/>
        <source>Allow multiple true classes</source>
        <translation>Autoriser plusieurs classes vraies</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="261"/>
        <source>Source Sentence</source>
        <translation>Phrase source</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="263"/>
        <source>Source sentence</source>
        <translation>Phrase source</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="264"/>
        <source>Sentences to compare to</source>
        <translation>Phrases à comparer</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="266"/>
        <source>Sentence to compare to</source>
        <translation>Phrase à comparer</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="270"/>
        <source>Question about the table</source>
        <translation>Question sur le tableau</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="295"/>
        <source>Text to continue</source>
        <translation>Texte à continuer</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="308"/>
        <source>Text guidance</source>
        <translation>Guidage textuel</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="312"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="317"/>
        <source>Mask token: &lt;mask&gt; (the model&apos;s own token on the Hub)</source>
        <translation>Jeton de masque : &lt;mask&gt; (sur le Hub, le jeton propre au modèle)</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="318"/>
        <source>Text with a mask</source>
        <translation>Texte avec un masque</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="322"/>
        <source>Input text</source>
        <translation>Texte d’entrée</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="326"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="326"/>
        <source>Compute</source>
        <translation>Calculer</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="328"/>
        <source>Cardigan runs no model: it shows the card&apos;s example outputs.</source>
        <translation>Cardigan n’exécute aucun modèle : il affiche les sorties d’exemple de la fiche.</translation>
    </message>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="338"/>
        <source>No output in the card: on the Hub this example&apos;s output would be computed by running the model.</source>
        <translation>Pas de sortie dans la fiche : sur le Hub, la sortie de cet exemple serait calculée en exécutant le modèle.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/widgetpreviewparts.cpp" line="73"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
</context>
<context>
    <name>TableRowButtons</name>
    <message>
        <location filename="../widgets/tablerowbuttons.cpp" line="41"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../widgets/tablerowbuttons.cpp" line="42"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../widgets/tablerowbuttons.cpp" line="43"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../widgets/tablerowbuttons.cpp" line="44"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
</context>
</TS>
