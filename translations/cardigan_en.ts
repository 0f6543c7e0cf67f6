<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cardigan</name>
    <message numerus="yes">
        <location filename="../core/hubtags.cpp" line="182"/>
        <source>%n safetensors file(s) could not be read: the parameter count is partial</source>
        <translation>
            <numerusform>%n safetensors file could not be read: the parameter count is partial</numerusform>
            <numerusform>%n safetensors files could not be read: the parameter count is partial</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/yamlpath.cpp" line="239"/>
        <location filename="../core/yamlsplicer.cpp" line="298"/>
        <source>%1 has %n item(s); index %2 is past the end</source>
        <translation>
            <numerusform>%1 has %n item; index %2 is past the end</numerusform>
            <numerusform>%1 has %n items; index %2 is past the end</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/yamlsplicermove.cpp" line="59"/>
        <source>%1 has %n item(s): there is no item %2 to move to %3</source>
        <translation>
            <numerusform>%1 has %n item: there is no item %2 to move to %3</numerusform>
            <numerusform>%1 has %n items: there is no item %2 to move to %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cardigan::CompletenessView</name>
    <message numerus="yes">
        <location filename="../widgets/completenessview.cpp" line="163"/>
        <source>%1 of %n recommended items present</source>
        <translation>
            <numerusform>%1 of %n recommended item present</numerusform>
            <numerusform>%1 of %n recommended items present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/completenessview.cpp" line="165"/>
        <source>; %n section(s) with nothing written yet</source>
        <translation>
            <numerusform>; %n section with nothing written yet</numerusform>
            <numerusform>; %n sections with nothing written yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cardigan::FindBar</name>
    <message numerus="yes">
        <location filename="../widgets/findbar.cpp" line="316"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cardigan::MetadataForm</name>
    <message numerus="yes">
        <location filename="../widgets/metadataform.cpp" line="57"/>
        <source>mapping of %n key(s)</source>
        <translation>
            <numerusform>mapping of %n key</numerusform>
            <numerusform>mapping of %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/metadataform.cpp" line="60"/>
        <source>list of %n item(s)</source>
        <translation>
            <numerusform>list of %n item</numerusform>
            <numerusform>list of %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cardigan::MetadataView</name>
    <message numerus="yes">
        <location filename="../widgets/metadataview.cpp" line="54"/>
        <source>%n metadata key(s)</source>
        <translation>
            <numerusform>%n metadata key</numerusform>
            <numerusform>%n metadata keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cardigan::QuickFixer</name>
    <message numerus="yes">
        <location filename="../widgets/quickfixer.cpp" line="101"/>
        <source>Fixed %n problem(s) of kind %1.</source>
        <translation>
            <numerusform>Fixed %n problem of kind %1.</numerusform>
            <numerusform>Fixed %n problems of kind %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cardigan::RepoFileModel</name>
    <message numerus="yes">
        <location filename="../widgets/repofilemodel.cpp" line="90"/>
        <source>LFS rules (%n pattern(s))</source>
        <translation>
            <numerusform>LFS rules (%n pattern)</numerusform>
            <numerusform>LFS rules (%n patterns)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cardigan::RepoPanel</name>
    <message numerus="yes">
        <location filename="../widgets/repopanel.cpp" line="180"/>
        <source>Scanning %1: %n file(s) so far</source>
        <translation>
            <numerusform>Scanning %1: %n file so far</numerusform>
            <numerusform>Scanning %1: %n files so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/repopanel.cpp" line="203"/>
        <source>%n file(s), %1, in %2</source>
        <translation>
            <numerusform>%n file, %1, in %2</numerusform>
            <numerusform>%n files, %1, in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/repopanel.cpp" line="207"/>
        <source>(%n not downloaded: LFS pointer(s))</source>
        <translation>
            <numerusform>(%n not downloaded: LFS pointer)</numerusform>
            <numerusform>(%n not downloaded: LFS pointers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/repopanel.cpp" line="247"/>
        <source>unknown: %n safetensors file(s) could not be read (not downloaded or unreadable)</source>
        <translation>
            <numerusform>unknown: %n safetensors file could not be read (not downloaded or unreadable)</numerusform>
            <numerusform>unknown: %n safetensors files could not be read (not downloaded or unreadable)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/repopanel.cpp" line="253"/>
        <source>(partial: %n safetensors file(s) not read)</source>
        <translation>
            <numerusform>(partial: %n safetensors file not read)</numerusform>
            <numerusform>(partial: %n safetensors files not read)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/repopanel.cpp" line="260"/>
        <source>… and %n more (see the files below)</source>
        <translation>
            <numerusform>… and %n more (see the files below)</numerusform>
            <numerusform>… and %n more (see the files below)</numerusform>
        </translation>
    </message>
</context>
</TS>
