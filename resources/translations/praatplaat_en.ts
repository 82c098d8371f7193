<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Praatplaat helpt gespreksleiders en routecoördinatoren om ontwikkelgesprekken over innovatieve onderwijs- en praktijkroutes voor te bereiden, te voeren en vast te leggen: met de praatplaat, de onderlegger per indicator en het actieplan. Alles wordt op deze computer bewaard; de app werkt zonder internet.</source>
        <translation>Praatplaat helps facilitators and route coordinators prepare, hold and record development conversations about innovative education and practice routes: with the conversation poster, the worksheet per indicator and the action plan. Everything is kept on this computer; the app works without internet.</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Versie {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Licentie:</source>
        <translation>Licence:</translation>
    </message>
    <message>
        <source>Bibliotheek:</source>
        <translation>Library:</translation>
    </message>
    <message>
        <source>Logbestand:</source>
        <translation>Log file:</translation>
    </message>
    <message>
        <source>Over {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <source>Informatie over Praatplaat</source>
        <translation>Information about Praatplaat</translation>
    </message>
    <message>
        <source>U kunt deze tekst selecteren en kopiëren</source>
        <translation>You can select and copy this text</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Dit venster sluiten</source>
        <translation>Close this window</translation>
    </message>
</context>
<context>
    <name>ActionPlanEditor</name>
    <message>
        <source>Actieplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Verdeling tussen plan en concepten</source>
        <translation>Divider between plan and drafts</translation>
    </message>
    <message>
        <source>Melding bij het actieplan</source>
        <translation>Message about the action plan</translation>
    </message>
    <message>
        <source>Gesprek van dit actieplan</source>
        <translation>Conversation of this action plan</translation>
    </message>
    <message>
        <source>&amp;Voorbeeld</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Voorbeeld van het actieplan</source>
        <translation>Preview of the action plan</translation>
    </message>
    <message>
        <source>Het actieplan bekijken zoals het wordt afgedrukt</source>
        <translation>View the action plan as it will be printed</translation>
    </message>
    <message>
        <source>Als &amp;PDF bewaren…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Actieplan als PDF bewaren</source>
        <translation>Save action plan as PDF</translation>
    </message>
    <message>
        <source>Het actieplan als PDF-bestand bewaren, bijvoorbeeld om te mailen</source>
        <translation>Save the action plan as a PDF file, for example to email it</translation>
    </message>
    <message>
        <source>Af&amp;drukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Actieplan afdrukken</source>
        <translation>Print action plan</translation>
    </message>
    <message>
        <source>Het actieplan afdrukken (Ctrl+P)</source>
        <translation>Print the action plan (Ctrl+P)</translation>
    </message>
    <message>
        <source>Ontwikkeldoelen en acties</source>
        <translation>Development goals and actions</translation>
    </message>
    <message>
        <source>&amp;Nieuw doel</source>
        <translation>&amp;New goal</translation>
    </message>
    <message>
        <source>Nieuw ontwikkeldoel</source>
        <translation>New development goal</translation>
    </message>
    <message>
        <source>Een ontwikkeldoel toevoegen (Alt+N)</source>
        <translation>Add a development goal (Alt+N)</translation>
    </message>
    <message>
        <source>Nieuwe &amp;actie</source>
        <translation>New &amp;action</translation>
    </message>
    <message>
        <source>Nieuwe actie bij het gekozen doel</source>
        <translation>New action for the chosen goal</translation>
    </message>
    <message>
        <source>Een actie toevoegen bij het gekozen doel (Alt+A)</source>
        <translation>Add an action to the chosen goal (Alt+A)</translation>
    </message>
    <message>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Omhoog verplaatsen</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Het gekozen doel of de gekozen actie omhoog zetten (Alt+Pijl omhoog)</source>
        <translation>Move the chosen goal or action up (Alt+Up arrow)</translation>
    </message>
    <message>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Omlaag verplaatsen</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Het gekozen doel of de gekozen actie omlaag zetten (Alt+Pijl omlaag)</source>
        <translation>Move the chosen goal or action down (Alt+Down arrow)</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Het gekozen doel (met zijn acties) of de gekozen actie verwijderen (Delete).
Ctrl+Z zet het terug.</source>
        <translation>Remove the chosen goal (with its actions) or the chosen action (Delete).
Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <source>Ontwikkeldoelen met hun acties</source>
        <translation>Development goals with their actions</translation>
    </message>
    <message>
        <source>Kies een doel of actie om het hieronder te bewerken.
Alt+Pijl omhoog/omlaag of slepen verplaatst, Delete verwijdert (Ctrl+Z herstelt).</source>
        <translation>Choose a goal or action to edit it below.
Alt+Up/Down arrow or dragging moves it, Delete removes it (Ctrl+Z restores).</translation>
    </message>
    <message>
        <source>Nog geen ontwikkeldoelen.

Kies ‘Nieuw doel’ en schrijf op wat jullie willen bereiken. Daarna voegt u er acties aan toe: wat, wie en wanneer.</source>
        <translation>No development goals yet.

Choose ‘New goal’ and write down what you want to achieve. Then add actions to it: what, who and when.</translation>
    </message>
    <message>
        <source>Nog geen ontwikkeldoelen</source>
        <translation>No development goals yet</translation>
    </message>
    <message>
        <source>Gekozen doel of actie</source>
        <translation>Chosen goal or action</translation>
    </message>
    <message>
        <source>Kies een doel of actie in de lijst om het te bewerken, of kies ‘Nieuw doel’.</source>
        <translation>Choose a goal or action in the list to edit it, or choose ‘New goal’.</translation>
    </message>
    <message>
        <source>Uitleg bij het formulier</source>
        <translation>Explanation of the form</translation>
    </message>
    <message>
        <source>Ontwikkeldoel</source>
        <translation>Development goal</translation>
    </message>
    <message>
        <source>Wat willen jullie bereiken?</source>
        <translation>What do you want to achieve?</translation>
    </message>
    <message>
        <source>Indicator van het doel</source>
        <translation>Indicator of the goal</translation>
    </message>
    <message>
        <source>Bij welke indicator van het gesprek hoort dit doel?</source>
        <translation>Which indicator of the conversation does this goal belong to?</translation>
    </message>
    <message>
        <source>Thema van het doel (niet verplicht)</source>
        <translation>Theme of the goal (optional)</translation>
    </message>
    <message>
        <source>Pijler van het netwerk (niet verplicht)</source>
        <translation>Pillar of the network (optional)</translation>
    </message>
    <message>
        <source>Aan welke pijler van het netwerk draagt dit doel bij: kansrijk, inclusief, innovatief of dichtbij opleiden?</source>
        <translation>Which pillar of the network does this goal contribute to: promising, inclusive, innovative or training close to home?</translation>
    </message>
    <message>
        <source>— geen pijler —</source>
        <translation>— no pillar —</translation>
    </message>
    <message>
        <source>Melding bij het doel</source>
        <translation>Message about the goal</translation>
    </message>
    <message>
        <source>Doel toevoegen</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nieuw doel annuleren</source>
        <translation>Cancel new goal</translation>
    </message>
    <message>
        <source>&amp;Doel</source>
        <translation>&amp;Goal</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation>&amp;Indicator</translation>
    </message>
    <message>
        <source>&amp;Pijler</source>
        <translation>&amp;Pillar</translation>
    </message>
    <message>
        <source>&amp;Thema</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>Wat moet er gebeuren</source>
        <translation>What needs to happen</translation>
    </message>
    <message>
        <source>Wat moet er gebeuren? Bijvoorbeeld: intervisie plannen</source>
        <translation>What needs to happen? For example: schedule peer review</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Naam of rol</source>
        <translation>Name or role</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Status van de actie</source>
        <translation>Status of the action</translation>
    </message>
    <message>
        <source>Bij welk doel hoort de actie</source>
        <translation>Which goal the action belongs to</translation>
    </message>
    <message>
        <source>Kies een ander doel om de actie daarheen te verplaatsen</source>
        <translation>Choose another goal to move the action there</translation>
    </message>
    <message>
        <source>Melding bij de actie</source>
        <translation>Message about the action</translation>
    </message>
    <message>
        <source>Actie toevoegen</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Klaar met acties toevoegen</source>
        <translation>Done adding actions</translation>
    </message>
    <message>
        <source>Stoppen met acties toevoegen (Esc)</source>
        <translation>Stop adding actions (Esc)</translation>
    </message>
    <message>
        <source>&amp;Wat</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <source>Wann&amp;eer</source>
        <translation>Wh&amp;en</translation>
    </message>
    <message>
        <source>Wi&amp;e</source>
        <translation>W&amp;ho</translation>
    </message>
    <message>
        <source>Bij d&amp;oel</source>
        <translation>G&amp;oal</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Concepten en vervolgafspraken</source>
        <translation>Drafts and follow-up agreements</translation>
    </message>
    <message>
        <source>Dit gesprek bestaat niet meer. Kies een ander gesprek in de lijst.</source>
        <translation>This conversation no longer exists. Choose another conversation in the list.</translation>
    </message>
    <message>
        <source>Kies een gesprek in de lijst om het actieplan te zien.</source>
        <translation>Choose a conversation in the list to see its action plan.</translation>
    </message>
    <message>
        <source>Maak eerst een ontwikkeldoel; acties horen altijd bij een doel.</source>
        <translation>First create a development goal; actions always belong to a goal.</translation>
    </message>
    <message>
        <source>Doel verwijderd</source>
        <translation>Goal removed</translation>
    </message>
    <message>
        <source>Doel en 1 actie verwijderd</source>
        <translation>Goal and 1 action removed</translation>
    </message>
    <message>
        <source>Doel en {count} acties verwijderd</source>
        <translation>Goal and {count} actions removed</translation>
    </message>
    <message>
        <source>Actie verwijderd</source>
        <translation>Action removed</translation>
    </message>
    <message>
        <source>{what} — Ctrl+Z om te herstellen</source>
        <translation>{what} — Ctrl+Z to restore</translation>
    </message>
    <message>
        <source>Verplaatsen is niet gelukt.</source>
        <translation>Moving did not work.</translation>
    </message>
    <message>
        <source>Kies eerst bij welk doel dit concept hoort.</source>
        <translation>First choose which goal this draft belongs to.</translation>
    </message>
    <message>
        <source>Concept toegevoegd als actie bij doel {number}.</source>
        <translation>Draft added as an action to goal {number}.</translation>
    </message>
    <message>
        <source>Concept bevestigd.</source>
        <translation>Draft confirmed.</translation>
    </message>
    <message>
        <source>Concept weggegooid — Ctrl+Z om te herstellen</source>
        <translation>Draft discarded — Ctrl+Z to restore</translation>
    </message>
    <message>
        <source>Maak eerst een ontwikkeldoel; acties horen altijd bij een doel</source>
        <translation>First create a development goal; actions always belong to a goal</translation>
    </message>
    <message>
        <source>Nieuwe actie bij doel {number}</source>
        <translation>New action for goal {number}</translation>
    </message>
    <message>
        <source>Nieuwe actie</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Doel {number}</source>
        <translation>Goal {number}</translation>
    </message>
    <message>
        <source>Actie bij doel {number}</source>
        <translation>Action for goal {number}</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Bewerken</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>{title} (niet gekozen in dit gesprek)</source>
        <translation>{title} (not chosen in this conversation)</translation>
    </message>
    <message>
        <source>— geen thema —</source>
        <translation>— no theme —</translation>
    </message>
    <message>
        <source>Doel {number} toegevoegd. Schrijf nu de eerste actie op.</source>
        <translation>Goal {number} added. Now write down the first action.</translation>
    </message>
    <message>
        <source>Actie verplaatst naar doel {number}.</source>
        <translation>Action moved to goal {number}.</translation>
    </message>
    <message>
        <source> Let op: {warning}</source>
        <translation> Please note: {warning}</translation>
    </message>
    <message>
        <source>Actie toegevoegd bij doel {number}.</source>
        <translation>Action added to goal {number}.</translation>
    </message>
</context>
<context>
    <name>ActionPlanUi</name>
    <message>
        <source>Actieplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Kies eerst een gesprek in de lijst.</source>
        <translation>First choose a conversation in the list.</translation>
    </message>
    <message>
        <source>&amp;Actieplan</source>
        <translation>&amp;Action plan</translation>
    </message>
    <message>
        <source>Het actieplan van het gekozen gesprek tonen en bewerken (Ctrl+Shift+A)</source>
        <translation>Show and edit the action plan of the chosen conversation (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Actieplan als PDF…</source>
        <translation>&amp;Action plan as PDF…</translation>
    </message>
    <message>
        <source>Het actieplan van het gekozen gesprek als PDF-bestand bewaren</source>
        <translation>Save the action plan of the chosen conversation as a PDF file</translation>
    </message>
    <message>
        <source>&amp;Gespreksverslag als PDF…</source>
        <translation>Conversation &amp;report as PDF…</translation>
    </message>
    <message>
        <source>Het verslag van het gekozen gesprek (met notities en actieplan) als PDF bewaren</source>
        <translation>Save the report of the chosen conversation (with notes and action plan) as PDF</translation>
    </message>
    <message>
        <source>&amp;Papieren set (blanco)…</source>
        <translation>Paper &amp;set (blank)…</translation>
    </message>
    <message>
        <source>De praatplaat, de onderleggers en een leeg actieplan als PDF&apos;s bewaren (om af te drukken)</source>
        <translation>Save the poster, the worksheets and an empty action plan as PDFs (for printing)</translation>
    </message>
    <message>
        <source>Afdruk&amp;voorbeeld actieplan…</source>
        <translation>Print pre&amp;view of action plan…</translation>
    </message>
    <message>
        <source>Het actieplan van het gekozen gesprek bekijken zoals het wordt afgedrukt</source>
        <translation>View the action plan of the chosen conversation as it will be printed</translation>
    </message>
    <message>
        <source>Voorbeeld gespreks&amp;verslag…</source>
        <translation>Preview of conversation re&amp;port…</translation>
    </message>
    <message>
        <source>Het verslag van het gekozen gesprek bekijken zoals het wordt afgedrukt</source>
        <translation>View the report of the chosen conversation as it will be printed</translation>
    </message>
    <message>
        <source>Af&amp;drukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Het actieplan van het gekozen gesprek afdrukken (Ctrl+P)</source>
        <translation>Print the action plan of the chosen conversation (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Exporteren</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Tabel: </source>
        <translation>Table: </translation>
    </message>
    <message>
        <source>Nog geen gesprekken in deze route.</source>
        <translation>No conversations in this route yet.</translation>
    </message>
    <message>
        <source>Evaluatieronde {number}</source>
        <translation>Evaluation round {number}</translation>
    </message>
    <message>
        <source>zonder datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>gespreksleider: {name}</source>
        <translation>facilitator: {name}</translation>
    </message>
    <message>
        <source>1 deelnemer</source>
        <translation>1 participant</translation>
    </message>
    <message>
        <source>{count} deelnemers</source>
        <translation>{count} participants</translation>
    </message>
    <message>
        <source>Indicatoren:</source>
        <translation>Indicators:</translation>
    </message>
    <message>
        <source>Geen indicator gekozen.</source>
        <translation>No indicator chosen.</translation>
    </message>
    <message>
        <source>Ontwikkeldoel:</source>
        <translation>Development goal:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Acties nagelopen&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Actions reviewed&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Over de evaluatie&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;About the evaluation&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nieuwe acties</source>
        <translation>New actions</translation>
    </message>
    <message>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Geen acties afgesproken.</source>
        <translation>No actions agreed.</translation>
    </message>
    <message>
        <source>, {name} nodigt uit</source>
        <translation>, {name} sends the invitation</translation>
    </message>
    <message>
        <source>Vervolgafspraak:</source>
        <translation>Follow-up agreement:</translation>
    </message>
</context>
<context>
    <name>AnalysisUi</name>
    <message>
        <source>Vervolg gepland</source>
        <translation>Follow-up planned</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>A&amp;nalysis</translation>
    </message>
    <message>
        <source>&amp;Netwerkoverzicht…</source>
        <translation>&amp;Network overview…</translation>
    </message>
    <message>
        <source>Analyse van evaluaties over alle routes: indicatoren, thema&apos;s, acties, onderwerpen, vervolggesprekken</source>
        <translation>Analysis of evaluations across all routes: indicators, themes, actions, topics, follow-up conversations</translation>
    </message>
    <message>
        <source>&amp;Vervolg gepland</source>
        <translation>&amp;Follow-up planned</translation>
    </message>
    <message>
        <source>Routes waarvan het vervolggesprek te laat is of binnenkort komt</source>
        <translation>Routes whose follow-up conversation is overdue or coming up soon</translation>
    </message>
    <message>
        <source>&amp;Routepagina</source>
        <translation>&amp;Route page</translation>
    </message>
    <message>
        <source>Tijdlijn, vervolggesprek en leergemeenschap van de route</source>
        <translation>Timeline, follow-up conversation and learning community of the route</translation>
    </message>
    <message>
        <source>Vervolggesprek &amp;houden…</source>
        <translation>&amp;Hold follow-up conversation…</translation>
    </message>
    <message>
        <source>Een vervolggesprek voor de gekozen route: acties nalopen en de evaluatie bespreken</source>
        <translation>A follow-up conversation for the chosen route: review the actions and discuss the evaluation</translation>
    </message>
    <message>
        <source>Vervolggesprek</source>
        <translation>Follow-up conversation</translation>
    </message>
    <message>
        <source>Kies eerst een route in de lijst, of een route bij &apos;Vervolg gepland&apos;.</source>
        <translation>First choose a route in the list, or a route under &apos;Follow-up planned&apos;.</translation>
    </message>
    <message>
        <source>Vervolg gepland ({count})</source>
        <translation>Follow-up planned ({count})</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Let op</source>
        <translation>Please note</translation>
    </message>
    <message>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Sorry, er ging onverwacht iets mis in Praatplaat.</source>
        <translation>Sorry, something unexpectedly went wrong in Praatplaat.</translation>
    </message>
    <message>
        <source>Wat u tot nu toe hebt ingevoerd, is bewaard. Probeer het nog eens. Gebeurt het vaker, stuur dan het logbestand naar wie Praatplaat bij u beheert.

Logbestand: {path}</source>
        <translation>Everything you have entered so far has been saved. Please try again. If it keeps happening, send the log file to whoever manages Praatplaat for you.

Log file: {path}</translation>
    </message>
    <message>
        <source>Sluit het andere Praatplaat-venster en start Praatplaat daarna opnieuw.</source>
        <translation>Close the other Praatplaat window and then start Praatplaat again.</translation>
    </message>
    <message>
        <source>Praatplaat wordt nu gesloten. Er is niets gewijzigd of overschreven.</source>
        <translation>Praatplaat will now close. Nothing has been changed or overwritten.</translation>
    </message>
    <message>
        <source>Bibliotheek kan niet worden geopend</source>
        <translation>The library cannot be opened</translation>
    </message>
    <message>
        <source>Bibliotheek in een gedeelde map</source>
        <translation>Library in a shared folder</translation>
    </message>
    <message>
        <source>De bibliotheek staat in een map die wordt gesynchroniseerd of op het netwerk staat:
{path}</source>
        <translation>The library is in a folder that is synchronised or on the network:
{path}</translation>
    </message>
    <message>
        <source>Programma&apos;s als OneDrive, Dropbox en Teams kopiëren bestanden terwijl Praatplaat ze nog aan het schrijven is. Zo kan de bibliotheek beschadigd raken en werk verloren gaan. Bewaar de bibliotheek liever in een map op deze computer. Gesprekken delen met collega&apos;s gaat veilig via .praatplaat-bestanden.

Praatplaat start nu wel.</source>
        <translation>Programs such as OneDrive, Dropbox and Teams copy files while Praatplaat is still writing them. This can damage the library and lose work. Preferably keep the library in a folder on this computer. Sharing conversations with colleagues is safe through .praatplaat files.

Praatplaat will start anyway.</translation>
    </message>
    <message>
        <source>De gespreksinhoud kan niet worden geladen</source>
        <translation>The conversation content cannot be loaded</translation>
    </message>
    <message>
        <source>Praatplaat wordt nu gesloten. Installeer Praatplaat opnieuw; uw bibliotheek blijft bewaard.</source>
        <translation>Praatplaat will now close. Reinstall Praatplaat; your library is kept.</translation>
    </message>
    <message>
        <source>Aangepaste gespreksinhoud niet gebruikt</source>
        <translation>Customised conversation content not used</translation>
    </message>
    <message>
        <source>Voorbeeldgegevens</source>
        <translation>Sample data</translation>
    </message>
    <message>
        <source>Wilt u de bibliotheek vullen met voorbeeldgegevens (zes routes uit het rapport)?</source>
        <translation>Do you want to fill the library with sample data (six routes from the report)?</translation>
    </message>
    <message>
        <source>Zo ziet u meteen hoe routes, gesprekken en actieplannen eruitzien.</source>
        <translation>That way you can see right away what routes, conversations and action plans look like.</translation>
    </message>
    <message>
        <source>Voorbeeldgegevens niet geplaatst</source>
        <translation>Sample data not added</translation>
    </message>
</context>
<context>
    <name>AttachmentsDialog</name>
    <message>
        <source>Foto&apos;s (*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG);;Alle bestanden (*)</source>
        <translation>Photos (*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG);;All files (*)</translation>
    </message>
    <message>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Foto&apos;s bij dit gesprek</source>
        <translation>Photos of this conversation</translation>
    </message>
    <message>
        <source>Gesprek</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Foto&apos;s</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Dubbelklik op een foto om haar groter te bekijken</source>
        <translation>Double-click a photo to view it larger</translation>
    </message>
    <message>
        <source>Nog geen foto&apos;s bij dit gesprek.

Maak een foto van de ingevulde praatplaat of de flip-over en voeg die hier toe met &apos;Foto toevoegen…&apos;.</source>
        <translation>No photos of this conversation yet.

Take a photo of the completed poster or the flip chart and add it here with &apos;Add photo…&apos;.</translation>
    </message>
    <message>
        <source>Nog geen foto&apos;s</source>
        <translation>No photos yet</translation>
    </message>
    <message>
        <source>Foto toevoegen…</source>
        <translation>Add photo…</translation>
    </message>
    <message>
        <source>Foto toevoegen</source>
        <translation>Add photo</translation>
    </message>
    <message>
        <source>Een foto (PNG of JPEG) van deze computer toevoegen</source>
        <translation>Add a photo (PNG or JPEG) from this computer</translation>
    </message>
    <message>
        <source>Groter bekijken</source>
        <translation>View larger</translation>
    </message>
    <message>
        <source>Foto groter bekijken</source>
        <translation>View photo larger</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Foto verwijderen</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <source>De gekozen foto bij dit gesprek weghalen</source>
        <translation>Remove the chosen photo from this conversation</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Verwijderen ongedaan maken</source>
        <translation>Undo removal</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Dubbelklik om te vergroten</source>
        <translation>Double-click to enlarge</translation>
    </message>
    <message>
        <source>Foto niet toegevoegd</source>
        <translation>Photo not added</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is te groot ({size} MB; maximaal {limit} MB). Verklein de foto en probeer het opnieuw.</source>
        <translation>&apos;{name}&apos; is too large ({size} MB; at most {limit} MB). Make the photo smaller and try again.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; kan niet worden gelezen ({error}).</source>
        <translation>&apos;{name}&apos; cannot be read ({error}).</translation>
    </message>
    <message>
        <source>Bijschrift</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Bijschrift bij &apos;{name}&apos; (mag leeg blijven),
bijvoorbeeld &apos;Ingevulde praatplaat, indicator 1&apos;:</source>
        <translation>Caption for &apos;{name}&apos; (may be left empty),
for example &apos;Completed poster, indicator 1&apos;:</translation>
    </message>
    <message>
        <source>Foto niet verwijderd</source>
        <translation>Photo not removed</translation>
    </message>
    <message>
        <source>Foto &apos;{label}&apos; is verwijderd.</source>
        <translation>Photo &apos;{label}&apos; has been removed.</translation>
    </message>
    <message>
        <source>Foto niet teruggezet</source>
        <translation>Photo not restored</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Praatplaat maakt elke dag een reservekopie van uw bibliotheek, en ook vóór het bijwerken, vóór een import en vóór het terugzetten. Kies een reservekopie om te zien wat erin staat.</source>
        <translation>Praatplaat makes a backup of your library every day, and also before updating, before an import and before restoring. Choose a backup to see what it contains.</translation>
    </message>
    <message>
        <source>Er zijn nog geen reservekopieën van deze bibliotheek.</source>
        <translation>There are no backups of this library yet.</translation>
    </message>
    <message>
        <source>Praatplaat sluit daarvoor alle vensters en stopt. Start Praatplaat daarna opnieuw; u ziet dan de teruggezette gegevens.</source>
        <translation>To do so, Praatplaat closes all windows and stops. Then start Praatplaat again; you will see the restored data.</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>&amp;Reservekopieën, nieuwste eerst</source>
        <translation>&amp;Backups, newest first</translation>
    </message>
    <message>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Kies een reservekopie om te zien wat erin staat</source>
        <translation>Choose a backup to see what it contains</translation>
    </message>
    <message>
        <source>&amp;Wat staat erin</source>
        <translation>&amp;What it contains</translation>
    </message>
    <message>
        <source>Inhoud van de gekozen reservekopie</source>
        <translation>Contents of the chosen backup</translation>
    </message>
    <message>
        <source>Wat er in de gekozen reservekopie staat</source>
        <translation>What the chosen backup contains</translation>
    </message>
    <message>
        <source>Nu in uw bibliotheek: {routes}, {conversations}.</source>
        <translation>Now in your library: {routes}, {conversations}.</translation>
    </message>
    <message>
        <source>1 route</source>
        <translation>1 route</translation>
    </message>
    <message>
        <source>{count} routes</source>
        <translation>{count} routes</translation>
    </message>
    <message>
        <source>1 gesprek</source>
        <translation>1 conversation</translation>
    </message>
    <message>
        <source>{count} gesprekken</source>
        <translation>{count} conversations</translation>
    </message>
    <message>
        <source>Ander &amp;bestand…</source>
        <translation>Other &amp;file…</translation>
    </message>
    <message>
        <source>Een reservekopie van elders kiezen, bijvoorbeeld van een USB-stick</source>
        <translation>Choose a backup from elsewhere, for example from a USB stick</translation>
    </message>
    <message>
        <source>&amp;Map openen</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>De map met reservekopieën openen</source>
        <translation>Open the folder with backups</translation>
    </message>
    <message>
        <source>&amp;Terugzetten…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>De bibliotheek vervangen door de gekozen reservekopie</source>
        <translation>Replace the library with the chosen backup</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Dit venster sluiten zonder iets terug te zetten</source>
        <translation>Close this window without restoring anything</translation>
    </message>
    <message>
        <source>Reservekopie kiezen</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <source>Praatplaat-reservekopie (*.sqlite);;Alle bestanden (*)</source>
        <translation>Praatplaat backup (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>De reservekopie van {when} terugzetten?</source>
        <translation>Restore the backup of {when}?</translation>
    </message>
    <message>
        <source>Uw bibliotheek krijgt dan weer de inhoud van deze reservekopie{holds}. Wat u na {when} hebt ingevoerd of gewijzigd, staat er daarna niet meer in.

Praatplaat bewaart eerst een reservekopie van uw bibliotheek zoals die nu is. Zo kunt u het terugzetten later ongedaan maken (die reservekopie staat dan bovenaan in deze lijst, als &apos;{label}&apos;).

</source>
        <translation>Your library will then get the contents of this backup again{holds}. Whatever you entered or changed after {when} will no longer be in it.

Praatplaat first saves a backup of your library as it is now. That way you can undo the restore later (that backup will then be at the top of this list, as &apos;{label}&apos;).

</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten?</source>
        <translation>Restore backup?</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Fout: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>zonder datum</source>
        <translation>no date</translation>
    </message>
</context>
<context>
    <name>ConversationUi</name>
    <message>
        <source>Gesprek niet gevonden</source>
        <translation>Conversation not found</translation>
    </message>
    <message>
        <source>Open een gesprek om de praatplaat en de hulpvragen te tonen.</source>
        <translation>Open a conversation to show the poster and the guiding questions.</translation>
    </message>
    <message>
        <source>&amp;Nieuw gesprek…</source>
        <translation>&amp;New conversation…</translation>
    </message>
    <message>
        <source>Een nieuw gesprek beginnen, met een bestaande of een nieuwe route (Ctrl+N)</source>
        <translation>Start a new conversation, with an existing or a new route (Ctrl+N)</translation>
    </message>
    <message>
        <source>Gesprek &amp;openen</source>
        <translation>&amp;Open conversation</translation>
    </message>
    <message>
        <source>Het gekozen gesprek openen om het te voeren of aan te vullen</source>
        <translation>Open the chosen conversation to hold it or add to it</translation>
    </message>
    <message>
        <source>Gesprek openen</source>
        <translation>Open conversation</translation>
    </message>
    <message>
        <source>Kies eerst links een gesprek in de lijst, of begin een nieuw gesprek (Ctrl+N).</source>
        <translation>First choose a conversation in the list on the left, or start a new conversation (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;Projectieweergave</source>
        <translation>&amp;Projector view</translation>
    </message>
    <message>
        <source>De praatplaat en de hulpvraag van het open gesprek op een tweede scherm of beamer (F5). Notities en namen worden daar nooit getoond.</source>
        <translation>The poster and the guiding question of the open conversation on a second screen or projector (F5). Notes and names are never shown there.</translation>
    </message>
</context>
<context>
    <name>ConversationWindow</name>
    <message>
        <source>Alles wordt automatisch bewaard.</source>
        <translation>Everything is saved automatically.</translation>
    </message>
    <message>
        <source>&amp;Gesprek</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <source>&amp;Projectieweergave</source>
        <translation>&amp;Projector view</translation>
    </message>
    <message>
        <source>Praatplaat en hulpvraag op de beamer (F5)</source>
        <translation>Poster and guiding question on the projector (F5)</translation>
    </message>
    <message>
        <source>&amp;Volgende vraag</source>
        <translation>&amp;Next question</translation>
    </message>
    <message>
        <source>Volgende hulpvraag (Alt+PgDown)</source>
        <translation>Next guiding question (Alt+PgDown)</translation>
    </message>
    <message>
        <source>V&amp;orige vraag</source>
        <translation>P&amp;revious question</translation>
    </message>
    <message>
        <source>Vorige hulpvraag (Alt+PgUp)</source>
        <translation>Previous guiding question (Alt+PgUp)</translation>
    </message>
    <message>
        <source>Volgend &amp;onderdeel</source>
        <translation>Next &amp;part</translation>
    </message>
    <message>
        <source>Naar het volgende thema of de volgende indicator (Ctrl+PgDown)</source>
        <translation>To the next theme or the next indicator (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Vorig o&amp;nderdeel</source>
        <translation>Previous p&amp;art</translation>
    </message>
    <message>
        <source>Naar het vorige thema of de vorige indicator (Ctrl+PgUp)</source>
        <translation>To the previous theme or the previous indicator (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>&amp;Gegevens en deelnemers</source>
        <translation>&amp;Details and participants</translation>
    </message>
    <message>
        <source>Soort gesprek, datum, context en deelnemers</source>
        <translation>Type of conversation, date, context and participants</translation>
    </message>
    <message>
        <source>&amp;Praatplaat: indicatoren kiezen</source>
        <translation>P&amp;oster: choose indicators</translation>
    </message>
    <message>
        <source>Terug naar de praatplaat</source>
        <translation>Back to the conversation poster</translation>
    </message>
    <message>
        <source>&amp;Actieplan</source>
        <translation>&amp;Action plan</translation>
    </message>
    <message>
        <source>Ontwikkeldoelen, acties en vervolgafspraken (Ctrl+Shift+A)</source>
        <translation>Development goals, actions and follow-up agreements (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Gesprek &amp;sluiten</source>
        <translation>&amp;Close conversation</translation>
    </message>
    <message>
        <source>Dit venster sluiten. Alles is al bewaard.</source>
        <translation>Close this window. Everything has already been saved.</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>De laatste wijziging ongedaan maken (Ctrl+Z)</source>
        <translation>Undo the last change (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Opn&amp;ieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>De ongedaan gemaakte wijziging opnieuw doen (Ctrl+Shift+Z)</source>
        <translation>Redo the undone change (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>&amp;Actie maken van notitie</source>
        <translation>Make an &amp;action from the note</translation>
    </message>
    <message>
        <source>De notitie met de cursor (of de geselecteerde tekst) wordt een conceptactie voor het actieplan (Ctrl+Shift+A)</source>
        <translation>The note with the cursor (or the selected text) becomes a draft action for the action plan (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken: {label}</source>
        <translation>&amp;Undo: {label}</translation>
    </message>
    <message>
        <source>Opn&amp;ieuw: {label}</source>
        <translation>&amp;Redo: {label}</translation>
    </message>
    <message>
        <source>Dit gesprek bestaat niet meer.</source>
        <translation>This conversation no longer exists.</translation>
    </message>
</context>
<context>
    <name>ConversationWorkspace</name>
    <message>
        <source>Gesprek</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Onderdelen van het gesprek</source>
        <translation>Parts of the conversation</translation>
    </message>
    <message>
        <source>Kies een onderdeel; Ctrl+PgDown en Ctrl+PgUp gaan naar het volgende of vorige</source>
        <translation>Choose a part; Ctrl+PgDown and Ctrl+PgUp go to the next or previous one</translation>
    </message>
    <message>
        <source>De tijd voor dit onderdeel is om.</source>
        <translation>The time for this part is up.</translation>
    </message>
    <message>
        <source>Projectie (F5)</source>
        <translation>Projection (F5)</translation>
    </message>
    <message>
        <source>Projectieweergave tonen</source>
        <translation>Show projector view</translation>
    </message>
    <message>
        <source>Toon de praatplaat en de hulpvraag op een tweede scherm of beamer. Notities en namen worden daar nooit getoond.</source>
        <translation>Show the poster and the guiding question on a second screen or projector. Notes and names are never shown there.</translation>
    </message>
    <message>
        <source>‘{title}’ is weggelaten. De notities blijven bewaard en komen terug als u deze indicator weer kiest.</source>
        <translation>‘{title}’ has been left out. The notes are kept and come back when you choose this indicator again.</translation>
    </message>
    <message>
        <source>Een derde indicator kiezen?</source>
        <translation>Choose a third indicator?</translation>
    </message>
    <message>
        <source>U hebt al twee indicatoren gekozen. Wilt u ook ‘{title}’ kiezen?</source>
        <translation>You have already chosen two indicators. Do you also want to choose ‘{title}’?</translation>
    </message>
    <message>
        <source>Toch kiezen</source>
        <translation>Choose anyway</translation>
    </message>
    <message>
        <source>Bij twee blijven</source>
        <translation>Keep two</translation>
    </message>
    <message>
        <source>‘{title}’ is gekozen.</source>
        <translation>‘{title}’ has been chosen.</translation>
    </message>
    <message>
        <source>Ongedaan gemaakt: {label}.</source>
        <translation>Undone: {label}.</translation>
    </message>
    <message>
        <source>Er is niets om ongedaan te maken.</source>
        <translation>There is nothing to undo.</translation>
    </message>
    <message>
        <source>Opnieuw gedaan: {label}.</source>
        <translation>Redone: {label}.</translation>
    </message>
    <message>
        <source>Er is niets om opnieuw te doen.</source>
        <translation>There is nothing to redo.</translation>
    </message>
    <message>
        <source>Zet de cursor eerst in een notitie; dan wordt die notitie (of de selectie) een conceptactie.</source>
        <translation>First put the cursor in a note; that note (or the selection) then becomes a draft action.</translation>
    </message>
    <message>
        <source>Kies samen 1 of 2 indicatoren</source>
        <translation>Choose 1 or 2 indicators together</translation>
    </message>
    <message>
        <source>Het gesprek is ontwikkelingsgericht: begin klein en ga open in gesprek.</source>
        <translation>The conversation is about development: start small and talk openly.</translation>
    </message>
    <message>
        <source>Gegevens en deelnemers</source>
        <translation>Details and participants</translation>
    </message>
    <message>
        <source>Soort gesprek, datum, context en {count} deelnemer(s)</source>
        <translation>Type of conversation, date, context and {count} participant(s)</translation>
    </message>
    <message>
        <source>Praatplaat: indicatoren kiezen</source>
        <translation>Poster: choose indicators</translation>
    </message>
    <message>
        <source>{title}, {done} van {total} thema&apos;s besproken</source>
        <translation>{title}, {done} of {total} themes discussed</translation>
    </message>
    <message>
        <source>Actieplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Ontwikkeldoelen, acties en vervolgafspraken</source>
        <translation>Development goals, actions and follow-up agreements</translation>
    </message>
    <message>
        <source>; {count} conceptactie(s) uit het gesprek</source>
        <translation>; {count} draft action(s) from the conversation</translation>
    </message>
    <message>
        <source> of </source>
        <translation> or </translation>
    </message>
    <message>
        <source>‘{theme}’ hoort bij {titles}. Kies eerst een van die indicatoren.</source>
        <translation>‘{theme}’ belongs to {titles}. First choose one of those indicators.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Vragenlijsten importeren uit een online enquête (CSV)</source>
        <translation>Import questionnaires from an online survey (CSV)</translation>
    </message>
    <message>
        <source>Vragenlijsten importeren</source>
        <translation>Import questionnaires</translation>
    </message>
    <message>
        <source>Nog geen bestand gekozen.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <source>&amp;Bestand kiezen…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <source>(uit een kolom van het bestand)</source>
        <translation>(from a column of the file)</translation>
    </message>
    <message>
        <source>Heeft het bestand geen kolom met de rol? Kies dan welke rol alle respondenten hebben.</source>
        <translation>Does the file have no column with the role? Then choose which role all respondents have.</translation>
    </message>
    <message>
        <source>&amp;Vragenlijst:</source>
        <translation>&amp;Questionnaire:</translation>
    </message>
    <message>
        <source>&amp;Rol van alle respondenten:</source>
        <translation>&amp;Role of all respondents:</translation>
    </message>
    <message>
        <source>Kolom in het bestand</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Hoort bij</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <source>Welke kolom hoort bij welke vraag</source>
        <translation>Which column belongs to which question</translation>
    </message>
    <message>
        <source>Controle van het bestand</source>
        <translation>Check of the file</translation>
    </message>
    <message>
        <source>Kies een CSV-bestand; hier staat dan wat er in orde is en wat niet.</source>
        <translation>Choose a CSV file; this will then show what is in order and what is not.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Koppeling van de kolommen (pas aan waar nodig):</source>
        <translation>Mapping of the columns (adjust where needed):</translation>
    </message>
    <message>
        <source>Controle:</source>
        <translation>Check:</translation>
    </message>
    <message>
        <source>CSV-bestand met antwoorden kiezen</source>
        <translation>Choose CSV file with answers</translation>
    </message>
    <message>
        <source>Het bestand ‘{name}’ kan niet worden gelezen ({error}).</source>
        <translation>The file ‘{name}’ cannot be read ({error}).</translation>
    </message>
    <message>
        <source>Bestand: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <source>Dit bestand kan niet worden geïmporteerd.
{message}</source>
        <translation>This file cannot be imported.
{message}</translation>
    </message>
    <message>
        <source>Niet gebruiken</source>
        <translation>Do not use</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Respondentnummer (om dubbele rijen te vinden)</source>
        <translation>Respondent number (to find duplicate rows)</translation>
    </message>
    <message>
        <source>Vraag {n}: {text}</source>
        <translation>Question {n}: {text}</translation>
    </message>
    <message>
        <source>Kolom {column} hoort bij</source>
        <translation>Column {column} belongs to</translation>
    </message>
    <message>
        <source>{count} rij(en) importeren</source>
        <translation>Import {count} row(s)</translation>
    </message>
    <message>
        <source>Vragenlijsten importeren (CSV)</source>
        <translation>Import questionnaires (CSV)</translation>
    </message>
    <message>
        <source>
Het importeren is niet gelukt: {message}</source>
        <translation>
The import failed: {message}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Typ een datum als dd-mm-jjjj, bijvoorbeeld 14-03-2025, of kies hem in de kalender. Laat het veld leeg als er nog geen datum is.</source>
        <translation>Type a date as dd-mm-yyyy, for example 14-03-2025, or choose it in the calendar. Leave the field empty if there is no date yet.</translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Kalender: {name}</source>
        <translation>Calendar: {name}</translation>
    </message>
    <message>
        <source>Een datum kiezen in de kalender</source>
        <translation>Choose a date in the calendar</translation>
    </message>
    <message>
        <source>Kalender voor {name}</source>
        <translation>Calendar for {name}</translation>
    </message>
    <message>
        <source>Melding bij {name}</source>
        <translation>Message about {name}</translation>
    </message>
</context>
<context>
    <name>DraftList</name>
    <message>
        <source>Concepten uit het gesprek</source>
        <translation>Drafts from the conversation</translation>
    </message>
    <message>
        <source>Acties die tijdens het gesprek zijn genoteerd. Kies bij welk doel ze horen en bevestig ze, of gooi ze weg.</source>
        <translation>Actions noted during the conversation. Choose which goal they belong to and confirm them, or discard them.</translation>
    </message>
    <message>
        <source>Uitleg bij de concepten</source>
        <translation>Explanation of the drafts</translation>
    </message>
    <message>
        <source>Maak eerst een ontwikkeldoel; daarna kunt u de concepten bij dat doel bevestigen.</source>
        <translation>First create a development goal; then you can confirm the drafts for that goal.</translation>
    </message>
    <message>
        <source>Eerst een doel maken</source>
        <translation>Create a goal first</translation>
    </message>
    <message>
        <source>Nog geen doelen</source>
        <translation>No goals yet</translation>
    </message>
    <message>
        <source>Uit: </source>
        <translation>From: </translation>
    </message>
</context>
<context>
    <name>DropHandler</name>
    <message>
        <source>Alleen .praatplaat-bestanden kunnen hier worden neergezet om te importeren.</source>
        <translation>Only .praatplaat files can be dropped here to import.</translation>
    </message>
    <message>
        <source>{count} ander(e) bestand(en) overgeslagen: alleen .praatplaat-bestanden worden geïmporteerd.</source>
        <translation>{count} other file(s) skipped: only .praatplaat files are imported.</translation>
    </message>
</context>
<context>
    <name>EarlierInput</name>
    <message>
        <source>studentengesprek van {date}</source>
        <translation>student conversation of {date}</translation>
    </message>
    <message>
        <source>studentengesprekken van {dates}</source>
        <translation>student conversations of {dates}</translation>
    </message>
</context>
<context>
    <name>EarlierInputBox</name>
    <message>
        <source>Inbreng studenten ({source})</source>
        <translation>Student input ({source})</translation>
    </message>
    <message>
        <source>Inbreng studenten</source>
        <translation>Student input</translation>
    </message>
    <message>
        <source>Inbreng studenten, {what} (alleen lezen)</source>
        <translation>Student input, {what} (read only)</translation>
    </message>
    <message>
        <source>De studenten hebben hier niets over genoteerd.</source>
        <translation>The students did not note anything about this.</translation>
    </message>
</context>
<context>
    <name>EntryGrid</name>
    <message>
        <source>Formulier</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Vraag {n}: {text}</source>
        <translation>Question {n}: {text}</translation>
    </message>
    <message>
        <source>Typ S (student), W (werkbegeleider), D (docent), P (praktijkopleider), C (coördinator) of A (anders)</source>
        <translation>Type S (student), W (workplace supervisor), D (teacher), P (practice educator), C (coordinator) or A (other)</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>Kioskmodus stoppen</source>
        <translation>Stop kiosk mode</translation>
    </message>
    <message>
        <source>Alleen voor de gespreksleider.
Typ de code die u koos bij het starten.</source>
        <translation>For the facilitator only.
Type the code you chose when starting.</translation>
    </message>
    <message>
        <source>Code om te stoppen</source>
        <translation>Code to stop</translation>
    </message>
    <message>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>1 gesprek</source>
        <translation>1 conversation</translation>
    </message>
    <message>
        <source>{count} gesprekken</source>
        <translation>{count} conversations</translation>
    </message>
    <message>
        <source>Route {name} (met {talks})</source>
        <translation>Route {name} (with {talks})</translation>
    </message>
    <message>
        <source>Map openen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Gesprek exporteren</source>
        <translation>Export conversation</translation>
    </message>
    <message>
        <source>Route exporteren</source>
        <translation>Export route</translation>
    </message>
    <message>
        <source>{title} is niet gelukt</source>
        <translation>{title} failed</translation>
    </message>
    <message>
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Het bestand &apos;{name}&apos; is opgeslagen.</source>
        <translation>The file &apos;{name}&apos; has been saved.</translation>
    </message>
    <message>
        <source>

Stuur het per e-mail naar een collega of zet het in een gedeelde map. Die opent het in Praatplaat met Bestand → Importeren.</source>
        <translation>

Email it to a colleague or put it in a shared folder. They open it in Praatplaat with File → Import.</translation>
    </message>
    <message>
        <source>Delen via gedeelde map</source>
        <translation>Share via shared folder</translation>
    </message>
    <message>
        <source>Kies eventueel een andere map via Bestand → Delen → Gedeelde map kiezen.</source>
        <translation>If you like, choose another folder via File → Share → Choose shared folder.</translation>
    </message>
    <message>
        <source>In de gedeelde map staat al een bestand &apos;{name}&apos;.</source>
        <translation>The shared folder already contains a file &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Wilt u het vervangen door deze nieuwe versie? Kiest u &apos;Naast elkaar bewaren&apos;, dan krijgt het nieuwe bestand een andere naam.</source>
        <translation>Do you want to replace it with this new version? If you choose &apos;Keep both&apos;, the new file gets a different name.</translation>
    </message>
    <message>
        <source>Vervangen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Naast elkaar bewaren</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <source>Gedeeld: {name} staat in de gedeelde map.</source>
        <translation>Shared: {name} is in the shared folder.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; staat nu in de gedeelde map.</source>
        <translation>&apos;{name}&apos; is now in the shared folder.</translation>
    </message>
    <message>
        <source>

Collega&apos;s zien het bestand als ze in Praatplaat &apos;Gedeelde map controleren&apos; kiezen, of de volgende keer dat ze Praatplaat starten.</source>
        <translation>

Colleagues see the file when they choose &apos;Check shared folder&apos; in Praatplaat, or the next time they start Praatplaat.</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>dit gesprek</source>
        <translation>this conversation</translation>
    </message>
    <message>
        <source>deze route</source>
        <translation>this route</translation>
    </message>
    <message>
        <source>Delen via gedeelde map</source>
        <translation>Share via shared folder</translation>
    </message>
    <message>
        <source>Gesprek exporteren</source>
        <translation>Export conversation</translation>
    </message>
    <message>
        <source>Route exporteren</source>
        <translation>Export route</translation>
    </message>
    <message>
        <source>Wat wordt gedeeld</source>
        <translation>What is shared</translation>
    </message>
    <message>
        <source>Praatplaat zet {this} als .praatplaat-bestand in de gedeelde map:
{folder}
Collega&apos;s die deze map gebruiken, kunnen het daarna importeren.</source>
        <translation>Praatplaat puts {this} as a .praatplaat file in the shared folder:
{folder}
Colleagues who use this folder can then import it.</translation>
    </message>
    <message>
        <source>U maakt een .praatplaat-bestand van {this}. Dat kunt u per e-mail of via een gedeelde map naar een collega sturen, die het in Praatplaat importeert.</source>
        <translation>You are making a .praatplaat file of {this}. You can send it to a colleague by email or via a shared folder, who then imports it in Praatplaat.</translation>
    </message>
    <message>
        <source>Uitleg</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Namen van deelnemers weglaten (anonimiseren)</source>
        <translation>Leave out names of participants (anonymise)</translation>
    </message>
    <message>
        <source>Namen van deelnemers weglaten</source>
        <translation>Leave out names of participants</translation>
    </message>
    <message>
        <source>Rollen en organisaties blijven staan. Namen in notities, acties en bijschriften worden vervangen door [naam].</source>
        <translation>Roles and organisations remain. Names in notes, actions and captions are replaced by [naam].</translation>
    </message>
    <message>
        <source>Rollen en organisaties blijven staan; namen in de tekst worden [naam].</source>
        <translation>Roles and organisations remain; names in the text become [naam].</translation>
    </message>
    <message>
        <source>Privénotities meenemen</source>
        <translation>Include private notes</translation>
    </message>
    <message>
        <source>Notities die als privé zijn gemarkeerd, gaan alleen mee als u dit aanvinkt.</source>
        <translation>Notes marked as private are only included if you tick this.</translation>
    </message>
    <message>
        <source>Zonder vinkje blijven notities die privé zijn op deze computer.</source>
        <translation>Without a tick, private notes stay on this computer.</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Delen</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Wat is er sinds de evaluatie met deze actie gedaan?</source>
        <translation>What has been done with this action since the evaluation?</translation>
    </message>
    <message>
        <source>Wat maakte het makkelijker: mensen, middelen, momenten?</source>
        <translation>What made it easier: people, resources, moments?</translation>
    </message>
    <message>
        <source>Wat zat in de weg?</source>
        <translation>What got in the way?</translation>
    </message>
    <message>
        <source>Wat gebeurt er nu? Maak er zo nodig een nieuwe actie van.</source>
        <translation>What happens now? If needed, turn it into a new action.</translation>
    </message>
    <message>
        <source>Vervolggesprek — {route}</source>
        <translation>Follow-up conversation — {route}</translation>
    </message>
    <message>
        <source>Vervolggesprek</source>
        <translation>Follow-up conversation</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Alles is al bewaard.</source>
        <translation>Everything has already been saved.</translation>
    </message>
    <message>
        <source>Alles wordt automatisch bewaard.</source>
        <translation>Everything is saved automatically.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Er wordt pas iets bewaard als u het vervolggesprek begint.</source>
        <translation>Nothing is saved until you start the follow-up conversation.</translation>
    </message>
    <message>
        <source>Ongeveer een half jaar na de evaluatie praat u met de coördinator van de route over hoe de evaluatie is verlopen en wat ermee is gedaan. U loopt alle acties uit de actieplannen na en legt nieuwe afspraken vast.</source>
        <translation>About six months after the evaluation you talk with the route coordinator about how the evaluation went and what has been done with it. You review all actions from the action plans and record new agreements.</translation>
    </message>
    <message>
        <source>Datum van het vervolggesprek</source>
        <translation>Date of the follow-up conversation</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Gespreksleider</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Wie leidt het gesprek?</source>
        <translation>Who leads the conversation?</translation>
    </message>
    <message>
        <source>Coördinator van de route</source>
        <translation>Route coordinator</translation>
    </message>
    <message>
        <source>Naam (mag leeg blijven)</source>
        <translation>Name (may be left empty)</translation>
    </message>
    <message>
        <source>Coördinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>In het gesprek loopt u 1 actie uit eerdere gesprekken na, bespreekt u {questions} vragen over de evaluatie en legt u nieuwe acties vast.</source>
        <translation>In the conversation you review 1 action from earlier conversations, discuss {questions} questions about the evaluation and record new actions.</translation>
    </message>
    <message>
        <source>In het gesprek loopt u {count} acties uit eerdere gesprekken na, bespreekt u {questions} vragen over de evaluatie en legt u nieuwe acties vast.</source>
        <translation>In the conversation you review {count} actions from earlier conversations, discuss {questions} questions about the evaluation and record new actions.</translation>
    </message>
    <message>
        <source>Deze route heeft nog geen acties. U bespreekt {questions} vragen over de evaluatie en legt nieuwe acties vast.</source>
        <translation>This route has no actions yet. You discuss {questions} questions about the evaluation and record new actions.</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Vervolggesprek beginnen</source>
        <translation>Start follow-up conversation</translation>
    </message>
    <message>
        <source> · gespreksleider: {name}</source>
        <translation> · facilitator: {name}</translation>
    </message>
    <message>
        <source>De evaluatie</source>
        <translation>The evaluation</translation>
    </message>
    <message>
        <source>Nieuwe acties</source>
        <translation>New actions</translation>
    </message>
    <message>
        <source>Acties nalopen ({count})</source>
        <translation>Review actions ({count})</translation>
    </message>
    <message>
        <source>Deze route heeft nog geen acties uit eerdere gesprekken. Ga verder met de vragen over de evaluatie (tabblad &apos;De evaluatie&apos;).</source>
        <translation>This route has no actions from earlier conversations yet. Continue with the questions about the evaluation (tab &apos;The evaluation&apos;).</translation>
    </message>
    <message>
        <source>Loop elke actie na. Een nieuwe status wordt meteen bij de actie bewaard; de oude stand blijft in de geschiedenis.</source>
        <translation>Review each action. A new status is saved with the action right away; the old state stays in the history.</translation>
    </message>
    <message>
        <source>Acties uit eerdere gesprekken</source>
        <translation>Actions from earlier conversations</translation>
    </message>
    <message>
        <source>Status nu:</source>
        <translation>Status now:</translation>
    </message>
    <message>
        <source>Status van de actie</source>
        <translation>Status of the action</translation>
    </message>
    <message>
        <source>Volgende stap als nieuwe actie</source>
        <translation>Next step as a new action</translation>
    </message>
    <message>
        <source>Zet de tekst bij &apos;Volgende stap&apos; als nieuwe actie in dit vervolggesprek.</source>
        <translation>Add the text under &apos;Next step&apos; as a new action in this follow-up conversation.</translation>
    </message>
    <message>
        <source>‹ Vorige</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <source>Volgende ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <source>  ✓ nagelopen</source>
        <translation>  ✓ reviewed</translation>
    </message>
    <message>
        <source>{status} · uit gesprek {origin} {date}</source>
        <translation>{status} · from conversation {origin} {date}</translation>
    </message>
    <message>
        <source>(zonder omschrijving)</source>
        <translation>(without a description)</translation>
    </message>
    <message>
        <source>Wie: {who}</source>
        <translation>Who: {who}</translation>
    </message>
    <message>
        <source>Wanneer: {date}</source>
        <translation>When: {date}</translation>
    </message>
    <message>
        <source>Uit: {origin}, {date}</source>
        <translation>From: {origin}, {date}</translation>
    </message>
    <message>
        <source>Schrijf eerst bij &apos;Volgende stap&apos; wat er moet gebeuren.</source>
        <translation>First write under &apos;Next step&apos; what needs to happen.</translation>
    </message>
    <message>
        <source>Nieuwe actie toegevoegd (tabblad &apos;Nieuwe acties&apos;).</source>
        <translation>New action added (tab &apos;New actions&apos;).</translation>
    </message>
    <message>
        <source>Over het proces van de evaluatie en wat ermee is gedaan.</source>
        <translation>About the evaluation process and what has been done with it.</translation>
    </message>
    <message>
        <source>Acties die in dit vervolggesprek zijn afgesproken. Ze staan ook in het actieplan van dit gesprek.</source>
        <translation>Actions agreed in this follow-up conversation. They are also in the action plan of this conversation.</translation>
    </message>
    <message>
        <source>Wat moet er gebeuren?</source>
        <translation>What needs to happen?</translation>
    </message>
    <message>
        <source>Nieuwe actie: wat</source>
        <translation>New action: what</translation>
    </message>
    <message>
        <source>Wie?</source>
        <translation>Who?</translation>
    </message>
    <message>
        <source>Nieuwe actie: wie</source>
        <translation>New action: who</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>(nog geen nieuwe acties)</source>
        <translation>(no new actions yet)</translation>
    </message>
</context>
<context>
    <name>FollowUpEditor</name>
    <message>
        <source>Vervolgafspraken</source>
        <translation>Follow-up agreements</translation>
    </message>
    <message>
        <source>Spreek af wanneer u elkaar weer ziet, wie uitnodigt en wat iedereen voorbereidt.</source>
        <translation>Agree when you will meet again, who sends the invitation and what everyone prepares.</translation>
    </message>
    <message>
        <source>Uitleg bij vervolgafspraken</source>
        <translation>Explanation of follow-up agreements</translation>
    </message>
    <message>
        <source>Vervolgafspraak toevoegen</source>
        <translation>Add follow-up agreement</translation>
    </message>
    <message>
        <source>Een nieuwe vervolgafspraak maken</source>
        <translation>Make a new follow-up agreement</translation>
    </message>
    <message>
        <source>Vervolgafspraak toegevoegd.</source>
        <translation>Follow-up agreement added.</translation>
    </message>
    <message>
        <source>Vervolgafspraak verwijderd — Ctrl+Z om te herstellen</source>
        <translation>Follow-up agreement removed — Ctrl+Z to restore</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Routes met een vervolggesprek dat te laat of binnenkort is</source>
        <translation>Routes with a follow-up conversation that is overdue or coming up soon</translation>
    </message>
    <message>
        <source>Vervolggesprek houden…</source>
        <translation>Hold follow-up conversation…</translation>
    </message>
    <message>
        <source>Te laat: de datum is voorbij en er is geen vervolggesprek gehouden. Binnenkort: vandaag of in de komende {days} dagen. De datum komt uit de vervolgafspraak, anders zes maanden na de evaluatie.</source>
        <translation>Overdue: the date has passed and no follow-up conversation has been held. Soon: today or in the next {days} days. The date comes from the follow-up agreement, otherwise six months after the evaluation.</translation>
    </message>
    <message>
        <source>Te laat: {route}
    gepland op {date}</source>
        <translation>Overdue: {route}
    planned for {date}</translation>
    </message>
    <message>
        <source>Binnenkort: {route}
    {date}</source>
        <translation>Soon: {route}
    {date}</translation>
    </message>
    <message>
        <source>Geen vervolggesprekken die te laat zijn of binnenkort komen.</source>
        <translation>No follow-up conversations that are overdue or coming up soon.</translation>
    </message>
    <message>
        <source>{count} te laat</source>
        <translation>{count} overdue</translation>
    </message>
    <message>
        <source>{count} binnenkort</source>
        <translation>{count} soon</translation>
    </message>
    <message>
        <source>Vervolggesprekken: </source>
        <translation>Follow-up conversations: </translation>
    </message>
</context>
<context>
    <name>ForgetPersonDialog</name>
    <message>
        <source>&lt;p&gt;Gebruik dit als iemand vraagt om uit uw gegevens te worden verwijderd.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Wat er gebeurt:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Deelnemers en vragenlijsten met precies deze naam verliezen hun naam; hun rol en organisatie blijven staan.&lt;/li&gt;&lt;li&gt;Overal waar de naam in een tekst staat (notities, acties, doelen, eerdere versies in de geschiedenis), komt &lt;i&gt;[naam verwijderd]&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;De reservekopieën die Praatplaat zelf bewaart, worden net zo aangepast, of verwijderd als dat niet lukt.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Dit kan niet ongedaan worden gemaakt.&lt;/b&gt;&lt;/li&gt;&lt;/ul&gt;&lt;p style=&apos;color:#5f6368&apos;&gt;Bestanden die u al naar anderen hebt gestuurd en bestanden in de gedeelde map worden niet aangepast.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Use this when someone asks to be removed from your data.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What happens:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Participants and questionnaires with exactly this name lose their name; their role and organisation remain.&lt;/li&gt;&lt;li&gt;Wherever the name appears in a text (notes, actions, goals, earlier versions in the history), it becomes &lt;i&gt;[naam verwijderd]&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;The backups that Praatplaat keeps itself are changed in the same way, or removed if that is not possible.&lt;/li&gt;&lt;li&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt;&lt;/li&gt;&lt;/ul&gt;&lt;p style=&apos;color:#5f6368&apos;&gt;Files you have already sent to others and files in the shared folder are not changed.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Vul de volledige naam in, zoals die in de gesprekken staat.</source>
        <translation>Fill in the full name, as it appears in the conversations.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; komt nu niet voor in uw bibliotheek. Praatplaat kijkt wel nog in de reservekopieën.</source>
        <translation>&apos;{name}&apos; does not currently appear in your library. Praatplaat will still look in the backups.</translation>
    </message>
    <message>
        <source>1 deelnemer of vragenlijst met precies deze naam</source>
        <translation>1 participant or questionnaire with exactly this name</translation>
    </message>
    <message>
        <source>{count} deelnemers of vragenlijsten met precies deze naam</source>
        <translation>{count} participants or questionnaires with exactly this name</translation>
    </message>
    <message>
        <source>1 andere tekst</source>
        <translation>1 other text</translation>
    </message>
    <message>
        <source>{count} andere teksten</source>
        <translation>{count} other texts</translation>
    </message>
    <message>
        <source>1 eerdere versie</source>
        <translation>1 earlier version</translation>
    </message>
    <message>
        <source>{count} eerdere versies</source>
        <translation>{count} earlier versions</translation>
    </message>
    <message>
        <source> en </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Gevonden: {listed}.</source>
        <translation>Found: {listed}.</translation>
    </message>
    <message>
        <source>Persoon vergeten</source>
        <translation>Forget a person</translation>
    </message>
    <message>
        <source>Uitleg</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Volledige naam, precies zoals in de gesprekken:</source>
        <translation>Full name, exactly as in the conversations:</translation>
    </message>
    <message>
        <source>Naam van de persoon die vergeten moet worden</source>
        <translation>Name of the person to be forgotten</translation>
    </message>
    <message>
        <source>bijvoorbeeld Jan de Vries</source>
        <translation>for example Jan de Vries</translation>
    </message>
    <message>
        <source>Hoe vaak de naam voorkomt</source>
        <translation>How often the name occurs</translation>
    </message>
    <message>
        <source>Ik begrijp dat dit niet ongedaan kan worden gemaakt</source>
        <translation>I understand that this cannot be undone</translation>
    </message>
    <message>
        <source>Naam vergeten</source>
        <translation>Forget name</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Niet geteld; vergeten werkt wel.</source>
        <translation>Not counted; forgetting still works.</translation>
    </message>
    <message>
        <source>Vergeten niet gelukt</source>
        <translation>Forgetting failed</translation>
    </message>
    <message>
        <source>&apos;Ongedaan maken&apos; (Ctrl+Z) werkt niet voor wijzigingen van vóór dit moment.</source>
        <translation>&apos;Undo&apos; (Ctrl+Z) does not work for changes from before this moment.</translation>
    </message>
</context>
<context>
    <name>GoalTreeModel</name>
    <message>
        <source>Doel / actie</source>
        <translation>Goal / action</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Acties zonder doel</source>
        <translation>Actions without a goal</translation>
    </message>
    <message>
        <source>Geen indicator gekozen</source>
        <translation>No indicator chosen</translation>
    </message>
    <message>
        <source>thema: {title}</source>
        <translation>theme: {title}</translation>
    </message>
    <message>
        <source>nog geen acties</source>
        <translation>no actions yet</translation>
    </message>
    <message>
        <source>1 actie</source>
        <translation>1 action</translation>
    </message>
    <message>
        <source>{count} acties</source>
        <translation>{count} actions</translation>
    </message>
    <message>
        <source>Doel {number}: {text}</source>
        <translation>Goal {number}: {text}</translation>
    </message>
    <message>
        <source>Acties die (nog) bij geen doel horen.</source>
        <translation>Actions that do not belong to a goal (yet).</translation>
    </message>
    <message>
        <source>Wie: {who}</source>
        <translation>Who: {who}</translation>
    </message>
    <message>
        <source>Wanneer: {date}</source>
        <translation>When: {date}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Actie: {what}. Wie: {who}. Wanneer: {date}. Status: {status}.</source>
        <translation>Action: {what}. Who: {who}. When: {date}. Status: {status}.</translation>
    </message>
    <message>
        <source>niet ingevuld</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Opleidingen en niveaus</source>
        <translation>Programmes and levels</translation>
    </message>
    <message>
        <source>Aanleiding en doel</source>
        <translation>Reason and goal</translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Fase van de innovatie</source>
        <translation>Phase of the innovation</translation>
    </message>
    <message>
        <source>Coördinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Soort gesprek</source>
        <translation>Type of conversation</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Gespreksleider</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>Doelgroep</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Soort notitie</source>
        <translation>Type of note</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Privé</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>Besproken</source>
        <translation>Discussed</translation>
    </message>
    <message>
        <source>Pijler</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <source>Ontwikkeldoel</source>
        <translation>Development goal</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Wanneer klaar</source>
        <translation>When finished</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Wie nodigt uit</source>
        <translation>Who sends the invitation</translation>
    </message>
    <message>
        <source>Wat voorbereiden</source>
        <translation>What to prepare</translation>
    </message>
    <message>
        <source>Vragenlijst</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Formulier</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Antwoorden</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Bijschrift</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Bij het importeren: </source>
        <translation>When importing: </translation>
    </message>
    <message>
        <source>Bij het terugzetten: </source>
        <translation>When restoring: </translation>
    </message>
    <message>
        <source>(de indicator zelf)</source>
        <translation>(the indicator itself)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{filled} van {total} vragen beantwoord</source>
        <translation>{filled} of {total} questions answered</translation>
    </message>
    <message>
        <source>Verwijderd</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Geschiedenis: eerdere versies</source>
        <translation>History: earlier versions</translation>
    </message>
    <message>
        <source>Hier staan eerdere versies die Praatplaat heeft bewaard, bijvoorbeeld toen een geïmporteerd bestand een nieuwere versie bracht. Kies een versie om haar te vergelijken met wat nu in uw bibliotheek staat; verschillen zijn geel.</source>
        <translation>These are earlier versions that Praatplaat has kept, for example when an imported file brought a newer version. Choose a version to compare it with what is in your library now; differences are yellow.</translation>
    </message>
    <message>
        <source>Uitleg</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Zoeken in de geschiedenis…</source>
        <translation>Search the history…</translation>
    </message>
    <message>
        <source>Zoeken in de geschiedenis</source>
        <translation>Search the history</translation>
    </message>
    <message>
        <source>Gesprek of route</source>
        <translation>Conversation or route</translation>
    </message>
    <message>
        <source>Gewijzigd op</source>
        <translation>Changed on</translation>
    </message>
    <message>
        <source>Waarom bewaard</source>
        <translation>Why kept</translation>
    </message>
    <message>
        <source>Eerdere versies</source>
        <translation>Earlier versions</translation>
    </message>
    <message>
        <source>Er zijn nog geen eerdere versies bewaard.</source>
        <translation>No earlier versions have been kept yet.</translation>
    </message>
    <message>
        <source>Geen eerdere versies</source>
        <translation>No earlier versions</translation>
    </message>
    <message>
        <source>Eerdere versie</source>
        <translation>Earlier version</translation>
    </message>
    <message>
        <source>Kop eerdere versie</source>
        <translation>Heading of earlier version</translation>
    </message>
    <message>
        <source>Nu in uw bibliotheek</source>
        <translation>Now in your library</translation>
    </message>
    <message>
        <source>Kop huidige versie</source>
        <translation>Heading of current version</translation>
    </message>
    <message>
        <source>Huidige versie</source>
        <translation>Current version</translation>
    </message>
    <message>
        <source>Verdeling tussen lijst en vergelijking</source>
        <translation>Divider between list and comparison</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Deze versie terugzetten</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <source>De gekozen eerdere versie weer in uw bibliotheek zetten. De versie die er nu staat, komt in de geschiedenis.</source>
        <translation>Put the chosen earlier version back in your library. The version that is there now goes into the history.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Eerdere versie ({what}, gewijzigd {when})</source>
        <translation>Earlier version ({what}, changed {when})</translation>
    </message>
    <message>
        <source>Nu in uw bibliotheek (gewijzigd {when})</source>
        <translation>Now in your library (changed {when})</translation>
    </message>
    <message>
        <source>Deze {what} staat niet (meer) in uw bibliotheek.</source>
        <translation>This {what} is not (or no longer) in your library.</translation>
    </message>
    <message>
        <source>Versie terugzetten</source>
        <translation>Restore version</translation>
    </message>
    <message>
        <source>Wilt u deze eerdere versie van de {what} terugzetten?</source>
        <translation>Do you want to restore this earlier version of the {what}?</translation>
    </message>
    <message>
        <source>De versie die nu in uw bibliotheek staat, komt in de geschiedenis; u kunt die later ook weer terugzetten. &apos;Ongedaan maken&apos; (Ctrl+Z) werkt daarna niet meer voor eerdere wijzigingen.</source>
        <translation>The version that is in your library now goes into the history; you can restore it later too. &apos;Undo&apos; (Ctrl+Z) then no longer works for earlier changes.</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Terugzetten niet gelukt</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>De eerdere versie van de {what} is teruggezet. De versie die er stond, staat nu bovenaan in de geschiedenis.</source>
        <translation>The earlier version of the {what} has been restored. The version that was there is now at the top of the history.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Bestanden importeren</source>
        <translation>Import files</translation>
    </message>
    <message>
        <source>Bestand niet geïmporteerd</source>
        <translation>File not imported</translation>
    </message>
    <message>
        <source>{title}: {counts}. Gemaakt op {when} met Praatplaat {version}.</source>
        <translation>{title}: {counts}. Made on {when} with Praatplaat {version}.</translation>
    </message>
    <message>
        <source> Zonder namen van deelnemers.</source>
        <translation> Without names of participants.</translation>
    </message>
    <message>
        <source>Verwijderd door de afzender</source>
        <translation>Removed by the sender</translation>
    </message>
    <message>
        <source>Staat er al</source>
        <translation>Already there</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Niet geïmporteerd.</source>
        <translation>Not imported.</translation>
    </message>
    <message>
        <source>Niet geïmporteerd (u koos Annuleren).</source>
        <translation>Not imported (you chose Cancel).</translation>
    </message>
    <message>
        <source>Alles uit &apos;{name}&apos; stond al in uw bibliotheek. Waarschijnlijk hebt u dit bestand al eerder geïmporteerd.</source>
        <translation>Everything from &apos;{name}&apos; was already in your library. You have probably imported this file before.</translation>
    </message>
    <message>
        <source>Toegevoegd</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Bijgewerkt</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Eerdere versies van de afzender</source>
        <translation>The sender&apos;s earlier versions</translation>
    </message>
    <message>
        <source>Opzijgezet in de geschiedenis: {count}</source>
        <translation>Set aside in the history: {count}</translation>
    </message>
    <message>
        <source>Er waren twee verschillende versies. De nieuwste staat nu in uw bibliotheek; de andere kunt u bekijken en terugzetten via &apos;Geschiedenis bekijken&apos;.</source>
        <translation>There were two different versions. The newest is now in your library; you can view and restore the other one via &apos;View history&apos;.</translation>
    </message>
    <message>
        <source>Let op: {warning}</source>
        <translation>Please note: {warning}</translation>
    </message>
    <message>
        <source>Reservekopie van uw bibliotheek van vóór het importeren: {path}</source>
        <translation>Backup of your library from before the import: {path}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Bestand importeren</source>
        <translation>Import file</translation>
    </message>
    <message>
        <source>Titel van het bestand</source>
        <translation>Title of the file</translation>
    </message>
    <message>
        <source>Bestand &apos;{name}&apos;: {counts}.
Gemaakt op {when} met Praatplaat {version}.</source>
        <translation>File &apos;{name}&apos;: {counts}.
Made on {when} with Praatplaat {version}.</translation>
    </message>
    <message>
        <source>Herkomst van het bestand</source>
        <translation>Origin of the file</translation>
    </message>
    <message>
        <source>Route en gesprekken</source>
        <translation>Route and conversations</translation>
    </message>
    <message>
        <source>In uw bibliotheek</source>
        <translation>In your library</translation>
    </message>
    <message>
        <source>Inhoud van het bestand</source>
        <translation>Contents of the file</translation>
    </message>
    <message>
        <source>Route {name}</source>
        <translation>Route {name}</translation>
    </message>
    <message>
        <source> (gespreksleider: {name})</source>
        <translation> (facilitator: {name})</translation>
    </message>
    <message>
        <source>Wat al in uw bibliotheek staat, wordt bijgewerkt als de versie in het bestand nieuwer is. Uw eigen versie gaat nooit verloren: die komt in de geschiedenis (Bewerken → Geschiedenis).</source>
        <translation>What is already in your library is updated if the version in the file is newer. Your own version is never lost: it goes into the history (Edit → History).</translation>
    </message>
    <message>
        <source>De afzender heeft de namen van deelnemers weggelaten.</source>
        <translation>The sender has left out the names of participants.</translation>
    </message>
    <message>
        <source>Privénotities van de afzender zitten er niet in.</source>
        <translation>The sender&apos;s private notes are not included.</translation>
    </message>
    <message>
        <source>Let op: het bestand is gemaakt met andere gespreksinhoud (indicatoren en thema&apos;s) dan de uwe. Onbekende indicatoren worden wel bewaard.</source>
        <translation>Please note: the file was made with different conversation content (indicators and themes) from yours. Unknown indicators are kept anyway.</translation>
    </message>
    <message>
        <source>Praatplaat maakt eerst een reservekopie van uw bibliotheek.</source>
        <translation>Praatplaat first makes a backup of your library.</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Wilt u dit bestand in uw bibliotheek opnemen?</source>
        <translation>Do you want to add this file to your library?</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Importeren klaar</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>Er is niets geïmporteerd.</source>
        <translation>Nothing has been imported.</translation>
    </message>
    <message>
        <source>Er is niets veranderd.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is geïmporteerd.</source>
        <translation>&apos;{name}&apos; has been imported.</translation>
    </message>
    <message>
        <source>{changed} van de {total} bestanden zijn geïmporteerd.</source>
        <translation>{changed} of the {total} files have been imported.</translation>
    </message>
    <message>
        <source> Bij {count} ging het niet: zie hieronder.</source>
        <translation> It failed for {count}: see below.</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Wat er is geïmporteerd</source>
        <translation>What has been imported</translation>
    </message>
    <message>
        <source>Geschiedenis bekijken</source>
        <translation>View history</translation>
    </message>
    <message>
        <source>De opzijgezette versies bekijken en eventueel terugzetten</source>
        <translation>View the versions set aside and restore one if needed</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>IndicatorPage</name>
    <message>
        <source>Wat gaat al goed? Typ hier; alles wordt vanzelf bewaard.</source>
        <translation>What is already going well? Type here; everything is saved automatically.</translation>
    </message>
    <message>
        <source>Wat kan beter, en hoe?</source>
        <translation>What could be better, and how?</translation>
    </message>
    <message>
        <source>Overige notities bij dit thema.</source>
        <translation>Other notes on this theme.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Toelichting bij de indicator</source>
        <translation>Explanation of the indicator</translation>
    </message>
    <message>
        <source>Toelichting voor de gespreksleider (onderlegger)</source>
        <translation>Explanation for the facilitator (worksheet)</translation>
    </message>
    <message>
        <source>Voorbeelden uit het routeboek</source>
        <translation>Examples from the route book</translation>
    </message>
    <message>
        <source>Thema&apos;s bij deze indicator</source>
        <translation>Themes of this indicator</translation>
    </message>
    <message>
        <source>Notities bij deze indicator</source>
        <translation>Notes on this indicator</translation>
    </message>
    <message>
        <source>Notities bij de indicator als geheel. Typ hier; alles wordt vanzelf bewaard.</source>
        <translation>Notes on the indicator as a whole. Type here; everything is saved automatically.</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Besproken</source>
        <translation>Discussed</translation>
    </message>
    <message>
        <source>Thema besproken</source>
        <translation>Theme discussed</translation>
    </message>
    <message>
        <source>Vink aan als dit thema is besproken</source>
        <translation>Tick when this theme has been discussed</translation>
    </message>
    <message>
        <source>Volgend onderdeel ▶</source>
        <translation>Next part ▶</translation>
    </message>
    <message>
        <source>Volgend onderdeel</source>
        <translation>Next part</translation>
    </message>
    <message>
        <source>Naar het volgende thema of de volgende indicator (Ctrl+PgDown)</source>
        <translation>To the next theme or the next indicator (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Actie maken van de selectie</source>
        <translation>Make an action from the selection</translation>
    </message>
    <message>
        <source>Actie maken van deze notitie</source>
        <translation>Make an action from this note</translation>
    </message>
    <message>
        <source>Voorbeelden uit het routeboek ({count})</source>
        <translation>Examples from the route book ({count})</translation>
    </message>
    <message>
        <source>Hulpvragen bij deze indicator</source>
        <translation>Guiding questions for this indicator</translation>
    </message>
    <message>
        <source>Dit thema hoort ook bij: </source>
        <translation>This theme also belongs to: </translation>
    </message>
    <message>
        <source>Hulpvragen bij dit thema</source>
        <translation>Guiding questions for this theme</translation>
    </message>
    <message>
        <source>Er is nog geen eerder studentengesprek over deze route; hun inbreng verschijnt hier zodra dat er is.</source>
        <translation>There is no earlier student conversation about this route yet; their input appears here as soon as there is one.</translation>
    </message>
    <message>
        <source>Naast elk veld staat wat de studenten zeiden ({dates}), alleen om te lezen.</source>
        <translation>Next to each field is what the students said ({dates}), for reading only.</translation>
    </message>
    <message>
        <source>, besproken</source>
        <translation>, discussed</translation>
    </message>
    <message>
        <source>, met notities</source>
        <translation>, with notes</translation>
    </message>
    <message>
        <source>Naar dit thema</source>
        <translation>Go to this theme</translation>
    </message>
    <message>
        <source>‘{theme}’ is gemarkeerd als besproken.</source>
        <translation>‘{theme}’ has been marked as discussed.</translation>
    </message>
    <message>
        <source>‘{theme}’ is niet meer gemarkeerd als besproken.</source>
        <translation>‘{theme}’ is no longer marked as discussed.</translation>
    </message>
    <message>
        <source>Deze notitie is nog leeg. Schrijf eerst op wat er moet gebeuren.</source>
        <translation>This note is still empty. First write down what needs to happen.</translation>
    </message>
    <message>
        <source>Conceptactie gemaakt voor het actieplan: “{text}”</source>
        <translation>Draft action made for the action plan: “{text}”</translation>
    </message>
    <message>
        <source>✓ Conceptactie gemaakt</source>
        <translation>✓ Draft action made</translation>
    </message>
</context>
<context>
    <name>KioskStartDialog</name>
    <message>
        <source>Vragenlijst invullen op deze laptop</source>
        <translation>Fill in the questionnaire on this laptop</translation>
    </message>
    <message>
        <source>Kioskmodus starten</source>
        <translation>Start kiosk mode</translation>
    </message>
    <message>
        <source>Deelnemers vullen de vragenlijst na elkaar in op deze laptop, anoniem. Na ‘Klaar’ wordt het scherm leeggemaakt voor de volgende.

Kies een code om de kioskmodus straks weer te stoppen. Deelnemers kunnen zonder die code niet bij de rest van Praatplaat.</source>
        <translation>Participants fill in the questionnaire one after another on this laptop, anonymously. After ‘Done’ the screen is cleared for the next person.

Choose a code to stop kiosk mode later. Without that code, participants cannot reach the rest of Praatplaat.</translation>
    </message>
    <message>
        <source>minstens {count} tekens</source>
        <translation>at least {count} characters</translation>
    </message>
    <message>
        <source>&amp;Vragenlijst:</source>
        <translation>&amp;Questionnaire:</translation>
    </message>
    <message>
        <source>&amp;Code om te stoppen:</source>
        <translation>&amp;Code to stop:</translation>
    </message>
    <message>
        <source>Code &amp;herhalen:</source>
        <translation>&amp;Repeat code:</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kies een code van minstens {count} tekens.</source>
        <translation>Choose a code of at least {count} characters.</translation>
    </message>
    <message>
        <source>De twee codes zijn niet gelijk. Typ dezelfde code twee keer.</source>
        <translation>The two codes are not the same. Type the same code twice.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Vragenlijst invullen: {title}</source>
        <translation>Fill in questionnaire: {title}</translation>
    </message>
    <message>
        <source>Stoppen (gespreksleider)</source>
        <translation>Stop (facilitator)</translation>
    </message>
    <message>
        <source>Alleen voor de gespreksleider: kioskmodus afsluiten met de code</source>
        <translation>For the facilitator only: leave kiosk mode with the code</translation>
    </message>
    <message>
        <source>Alleen voor de gespreksleider: kioskmodus afsluiten met de code (Ctrl+Shift+Q)</source>
        <translation>For the facilitator only: leave kiosk mode with the code (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <source>Je antwoorden zijn anoniem: je naam wordt nergens gevraagd.</source>
        <translation>Your answers are anonymous: your name is not asked anywhere.</translation>
    </message>
    <message>
        <source>Uw antwoorden zijn anoniem: uw naam wordt nergens gevraagd.</source>
        <translation>Your answers are anonymous: your name is not asked anywhere.</translation>
    </message>
    <message>
        <source>Wat is je rol?</source>
        <translation>What is your role?</translation>
    </message>
    <message>
        <source>Wat is uw rol?</source>
        <translation>What is your role?</translation>
    </message>
    <message>
        <source>Beginnen  →</source>
        <translation>Start  →</translation>
    </message>
    <message>
        <source>Vraag {n} van {total}</source>
        <translation>Question {n} of {total}</translation>
    </message>
    <message>
        <source>Uitspraak {n}: {text}</source>
        <translation>Statement {n}: {text}</translation>
    </message>
    <message>
        <source>In hoeverre ben je het hiermee eens?</source>
        <translation>To what extent do you agree with this?</translation>
    </message>
    <message>
        <source>In hoeverre bent u het hiermee eens?</source>
        <translation>To what extent do you agree with this?</translation>
    </message>
    <message>
        <source>{label} ({value} van 5)</source>
        <translation>{label} ({value} of 5)</translation>
    </message>
    <message>
        <source>Toets 1 tot en met 5 om te kiezen en Enter voor de volgende vraag. Je mag een vraag overslaan.</source>
        <translation>Press 1 to 5 to choose and Enter for the next question. You may skip a question.</translation>
    </message>
    <message>
        <source>Toets 1 tot en met 5 om te kiezen en Enter voor de volgende vraag. U mag een vraag overslaan.</source>
        <translation>Press 1 to 5 to choose and Enter for the next question. You may skip a question.</translation>
    </message>
    <message>
        <source>←  Vorige</source>
        <translation>←  Previous</translation>
    </message>
    <message>
        <source>Volgende  →</source>
        <translation>Next  →</translation>
    </message>
    <message>
        <source>Klaar om te versturen?</source>
        <translation>Ready to submit?</translation>
    </message>
    <message>
        <source>←  Terug naar de vragen</source>
        <translation>←  Back to the questions</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Klaar: antwoorden bewaren</source>
        <translation>Done: save answers</translation>
    </message>
    <message>
        <source>Bedankt!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <source>Je antwoorden zijn bewaard. Geef de laptop door aan de volgende.</source>
        <translation>Your answers have been saved. Pass the laptop on to the next person.</translation>
    </message>
    <message>
        <source>Uw antwoorden zijn bewaard. Geef de laptop door aan de volgende.</source>
        <translation>Your answers have been saved. Pass the laptop on to the next person.</translation>
    </message>
    <message>
        <source>Volgende deelnemer  →</source>
        <translation>Next participant  →</translation>
    </message>
    <message>
        <source>Je hebt nog geen enkele vraag beantwoord. Ga terug naar de vragen.</source>
        <translation>You have not answered any question yet. Go back to the questions.</translation>
    </message>
    <message>
        <source>U hebt nog geen enkele vraag beantwoord. Ga terug naar de vragen.</source>
        <translation>You have not answered any question yet. Go back to the questions.</translation>
    </message>
    <message>
        <source>Je hebt {answered} van de {total} vragen beantwoord. Druk op ‘Klaar’ om je antwoorden te bewaren.</source>
        <translation>You have answered {answered} of the {total} questions. Press ‘Done’ to save your answers.</translation>
    </message>
    <message>
        <source>U hebt {answered} van de {total} vragen beantwoord. Druk op ‘Klaar’ om uw antwoorden te bewaren.</source>
        <translation>You have answered {answered} of the {total} questions. Press ‘Done’ to save your answers.</translation>
    </message>
    <message>
        <source>Het bewaren is niet gelukt: {message} Roep de gespreksleider.</source>
        <translation>Saving failed: {message} Please call the facilitator.</translation>
    </message>
    <message>
        <source>Ingevulde vragenlijsten in deze ronde: {count}</source>
        <translation>Questionnaires completed in this round: {count}</translation>
    </message>
    <message>
        <source>Te vaak een verkeerde code. Probeer het over {seconds} seconden opnieuw.</source>
        <translation>Wrong code too many times. Try again in {seconds} seconds.</translation>
    </message>
    <message>
        <source>Die code klopt niet. Alleen de gespreksleider kan stoppen.</source>
        <translation>That code is not correct. Only the facilitator can stop.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>nog geen indicator gekozen</source>
        <translation>no indicator chosen yet</translation>
    </message>
    <message>
        <source>terugblik op de acties van de route</source>
        <translation>review of the route&apos;s actions</translation>
    </message>
    <message>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>nog geen gesprekken</source>
        <translation>no conversations yet</translation>
    </message>
    <message>
        <source>1 gesprek</source>
        <translation>1 conversation</translation>
    </message>
    <message>
        <source>{count} gesprekken</source>
        <translation>{count} conversations</translation>
    </message>
    <message>
        <source>Routes en gesprekken</source>
        <translation>Routes and conversations</translation>
    </message>
    <message>
        <source>Route: {name}</source>
        <translation>Route: {name}</translation>
    </message>
    <message>
        <source>Organisaties: {names}</source>
        <translation>Organisations: {names}</translation>
    </message>
    <message>
        <source>Coördinator: {name}</source>
        <translation>Coordinator: {name}</translation>
    </message>
    <message>
        <source>Route {name}, {conversations}</source>
        <translation>Route {name}, {conversations}</translation>
    </message>
    <message>
        <source>Gespreksleider: {name}</source>
        <translation>Facilitator: {name}</translation>
    </message>
    <message>
        <source>Indicatoren: {titles}</source>
        <translation>Indicators: {titles}</translation>
    </message>
    <message>
        <source>
Dubbelklik of druk op Enter om het gesprek te openen.</source>
        <translation>
Double-click or press Enter to open the conversation.</translation>
    </message>
    <message>
        <source>Gesprek {kind} op {date}</source>
        <translation>Conversation {kind} on {date}</translation>
    </message>
    <message>
        <source>, indicatoren: {titles}</source>
        <translation>, indicators: {titles}</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Zoeken in routes, gesprekken en notities…</source>
        <translation>Search routes, conversations and notes…</translation>
    </message>
    <message>
        <source>Zoeken in routes, gesprekken en notities</source>
        <translation>Search routes, conversations and notes</translation>
    </message>
    <message>
        <source>Typ een woord uit een route, gesprek, notitie, doel of actie (Ctrl+F).
Hoofdletters en accenten maken niet uit: ‘geevalueerd’ vindt ‘geëvalueerd’.</source>
        <translation>Type a word from a route, conversation, note, goal or action (Ctrl+F).
Capitals and accents do not matter: ‘naive’ finds ‘naïve’.</translation>
    </message>
    <message>
        <source>Routes en gesprekken</source>
        <translation>Routes and conversations</translation>
    </message>
    <message>
        <source>Kies een route of gesprek om rechts de samenvatting te zien.
Dubbelklik of druk op Enter om het te openen.</source>
        <translation>Choose a route or conversation to see its summary on the right.
Double-click or press Enter to open it.</translation>
    </message>
    <message>
        <source>Melding bij de lijst</source>
        <translation>Message about the list</translation>
    </message>
    <message>
        <source>Aantal routes en gesprekken</source>
        <translation>Number of routes and conversations</translation>
    </message>
    <message>
        <source>Geen gesprekken gevonden voor ‘{text}’.

Controleer de spelling of zoek op een ander woord.</source>
        <translation>No conversations found for ‘{text}’.

Check the spelling or search for another word.</translation>
    </message>
    <message>
        <source>Niets gevonden</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <source>Deze bibliotheek heeft nog geen routes of gesprekken.

Routes en gesprekken die u maakt of importeert, verschijnen hier.</source>
        <translation>This library has no routes or conversations yet.

Routes and conversations that you create or import appear here.</translation>
    </message>
    <message>
        <source>Nog geen routes</source>
        <translation>No routes yet</translation>
    </message>
    <message>
        <source>1 route</source>
        <translation>1 route</translation>
    </message>
    <message>
        <source>{count} routes</source>
        <translation>{count} routes</translation>
    </message>
    <message>
        <source>1 gesprek</source>
        <translation>1 conversation</translation>
    </message>
    <message>
        <source>{count} gesprekken</source>
        <translation>{count} conversations</translation>
    </message>
    <message>
        <source>Gevonden: {talks} in {routes}</source>
        <translation>Found: {talks} in {routes}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Verdeling tussen lijst en samenvatting</source>
        <translation>Divider between list and summary</translation>
    </message>
    <message>
        <source>Sleep de scheiding om de lijst breder of smaller te maken</source>
        <translation>Drag the divider to make the list wider or narrower</translation>
    </message>
    <message>
        <source>Alles wordt automatisch bewaard.</source>
        <translation>Everything is saved automatically.</translation>
    </message>
    <message>
        <source>Logbestand</source>
        <translation>Log file</translation>
    </message>
    <message>
        <source>De map kon niet worden geopend. Het logbestand staat in:
{folder}</source>
        <translation>The folder could not be opened. The log file is in:
{folder}</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Zoeken in routes, gesprekken en notities (Ctrl+F)</source>
        <translation>Search routes, conversations and notes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Alle routes &amp;uitklappen</source>
        <translation>&amp;Expand all routes</translation>
    </message>
    <message>
        <source>Van elke route de gesprekken tonen</source>
        <translation>Show the conversations of every route</translation>
    </message>
    <message>
        <source>Alle routes &amp;inklappen</source>
        <translation>&amp;Collapse all routes</translation>
    </message>
    <message>
        <source>Alleen de routes tonen, zonder hun gesprekken</source>
        <translation>Show only the routes, without their conversations</translation>
    </message>
    <message>
        <source>&amp;Over Praatplaat</source>
        <translation>&amp;About Praatplaat</translation>
    </message>
    <message>
        <source>Versie, licentie en waar uw gegevens staan</source>
        <translation>Version, licence and where your data is kept</translation>
    </message>
    <message>
        <source>Map met &amp;logbestand openen</source>
        <translation>Open &amp;log file folder</translation>
    </message>
    <message>
        <source>De map openen waarin Praatplaat onverwachte fouten noteert</source>
        <translation>Open the folder in which Praatplaat records unexpected errors</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Praatplaat sluiten. Alles is al bewaard.</source>
        <translation>Close Praatplaat. Everything has already been saved.</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>De laatste wijziging ongedaan maken (Ctrl+Z)</source>
        <translation>Undo the last change (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Opn&amp;ieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>De ongedaan gemaakte wijziging opnieuw doen (Ctrl+Shift+Z)</source>
        <translation>Redo the undone change (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken: {label}</source>
        <translation>&amp;Undo: {label}</translation>
    </message>
    <message>
        <source>Opn&amp;ieuw: {label}</source>
        <translation>&amp;Redo: {label}</translation>
    </message>
</context>
<context>
    <name>NetworkOverviewDialog</name>
    <message>
        <source>Netwerkoverzicht — analyse van evaluaties</source>
        <translation>Network overview — analysis of evaluations</translation>
    </message>
    <message>
        <source>Netwerkoverzicht</source>
        <translation>Network overview</translation>
    </message>
    <message>
        <source>PDF opslaan…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Het overzicht als PDF &apos;Analyse van evaluaties&apos;</source>
        <translation>The overview as the PDF &apos;Analysis of evaluations&apos;</translation>
    </message>
    <message>
        <source>CSV opslaan…</source>
        <translation>Save CSV…</translation>
    </message>
    <message>
        <source>De tabellen als CSV-bestanden (voor Excel) in een map</source>
        <translation>The tables as CSV files (for Excel) in a folder</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Welke gesprekken?</source>
        <translation>Which conversations?</translation>
    </message>
    <message>
        <source>Vanaf</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <source>Begindatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Alle organisaties</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Alle routes aanvinken</source>
        <translation>Tick all routes</translation>
    </message>
    <message>
        <source>Geen</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Alle routes uitvinken</source>
        <translation>Untick all routes</translation>
    </message>
    <message>
        <source>Routes in het overzicht</source>
        <translation>Routes in the overview</translation>
    </message>
    <message>
        <source>Het overzicht telt gesprekken in de gekozen periode. De vervolggesprekken en de check op leergemeenschap gaan over de routes zoals ze nu zijn.</source>
        <translation>The overview counts conversations in the chosen period. The follow-up conversations and the learning community check are about the routes as they are now.</translation>
    </message>
    <message>
        <source>De begindatum ligt na de einddatum. Draai ze om.</source>
        <translation>The start date is after the end date. Swap them.</translation>
    </message>
    <message>
        <source>Analyse van evaluaties</source>
        <translation>Analysis of evaluations</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Vervolggesprek te laat bij: {names}</source>
        <translation>Follow-up conversation overdue for: {names}</translation>
    </message>
    <message>
        <source>Indicatoren</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Voortgang van de acties per route</source>
        <translation>Progress of the actions per route</translation>
    </message>
    <message>
        <source>Voortgang van de acties per indicator</source>
        <translation>Progress of the actions per indicator</translation>
    </message>
    <message>
        <source>Terugkerende onderwerpen</source>
        <translation>Recurring topics</translation>
    </message>
    <message>
        <source>Gesprekken</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Woorden en woordparen uit de notities die in meer routes terugkomen; privénotities tellen niet mee.</source>
        <translation>Words and word pairs from the notes that recur in several routes; private notes are not counted.</translation>
    </message>
    <message>
        <source>Woorden en woordparen uit de notities die in meer gesprekken terugkomen; privénotities tellen niet mee.</source>
        <translation>Words and word pairs from the notes that recur in several conversations; private notes are not counted.</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Keer genoemd</source>
        <translation>Times mentioned</translation>
    </message>
    <message>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Geen onderwerpen die in meer dan één route terugkomen.</source>
        <translation>No topics that recur in more than one route.</translation>
    </message>
    <message>
        <source>Geen onderwerpen die in meer dan één gesprek terugkomen.</source>
        <translation>No topics that recur in more than one conversation.</translation>
    </message>
    <message>
        <source>Vragenlijsten</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>{route}: {count} ingevuld</source>
        <translation>{route}: {count} completed</translation>
    </message>
    <message>
        <source>({count} ingevuld)</source>
        <translation>({count} completed)</translation>
    </message>
    <message>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Leer- en ontwikkelgemeenschap</source>
        <translation>Learning and development community</translation>
    </message>
    <message>
        <source>nog geen evaluatiegesprek</source>
        <translation>no evaluation conversation yet</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Leden</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Robuust</source>
        <translation>Robust</translation>
    </message>
    <message>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Interdisciplinair</source>
        <translation>Interdisciplinary</translation>
    </message>
    <message>
        <source>Vervolggesprekken</source>
        <translation>Follow-up conversations</translation>
    </message>
    <message>
        <source>Binnenkort: vandaag of in de komende {days} dagen. Zonder vervolgafspraak: zes maanden na de evaluatie.</source>
        <translation>Soon: today or in the next {days} days. Without a follow-up agreement: six months after the evaluation.</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Bijgewerkt · stand van {date}</source>
        <translation>Updated · as of {date}</translation>
    </message>
    <message>
        <source>Analyse als PDF opslaan</source>
        <translation>Save analysis as PDF</translation>
    </message>
    <message>
        <source>PDF opslaan</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Map kiezen voor de CSV-bestanden</source>
        <translation>Choose a folder for the CSV files</translation>
    </message>
    <message>
        <source>CSV opslaan</source>
        <translation>Save CSV</translation>
    </message>
    <message>
        <source>{count} CSV-bestanden opgeslagen in {folder}</source>
        <translation>{count} CSV files saved in {folder}</translation>
    </message>
</context>
<context>
    <name>NewConversationDialog</name>
    <message>
        <source>Meestal het eerste gesprek: met de studenten die de route volgden.</source>
        <translation>Usually the first conversation: with the students who followed the route.</translation>
    </message>
    <message>
        <source>Met docenten, werkbegeleiders en/of praktijkopleiders; de inbreng van de studenten staat erbij.</source>
        <translation>With teachers, workplace supervisors and/or practice educators; the students&apos; input is shown alongside.</translation>
    </message>
    <message>
        <source>Studenten, docenten en werkbegeleiders samen; de inbreng van de studenten staat erbij.</source>
        <translation>Students, teachers and workplace supervisors together; the students&apos; input is shown alongside.</translation>
    </message>
    <message>
        <source>Ongeveer een half jaar later: wat is er met de acties gebeurd?</source>
        <translation>About six months later: what has happened with the actions?</translation>
    </message>
    <message>
        <source>Nieuw gesprek</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <source>Vul in wat u weet; alleen de route is verplicht. Namen van deelnemers mogen leeg blijven.</source>
        <translation>Fill in what you know; only the route is required. Names of participants may be left empty.</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>&amp;Route</translation>
    </message>
    <message>
        <source>Nieuwe route aanmaken</source>
        <translation>Create a new route</translation>
    </message>
    <message>
        <source>Gegevens van de gekozen route</source>
        <translation>Details of the chosen route</translation>
    </message>
    <message>
        <source>Het gesprek</source>
        <translation>The conversation</translation>
    </message>
    <message>
        <source>Soort gesprek: {kind}</source>
        <translation>Type of conversation: {kind}</translation>
    </message>
    <message>
        <source>Soort gesprek</source>
        <translation>Type of conversation</translation>
    </message>
    <message>
        <source>Datum van het gesprek</source>
        <translation>Date of the conversation</translation>
    </message>
    <message>
        <source>dd-mm-jjjj; klik op het pijltje voor een kalender</source>
        <translation>dd-mm-yyyy; click the arrow for a calendar</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Gespreksleider</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>uw naam</source>
        <translation>your name</translation>
    </message>
    <message>
        <source>&amp;Gespreksleider</source>
        <translation>&amp;Facilitator</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>bijvoorbeeld: na de eerste stageperiode, op locatie</source>
        <translation>for example: after the first work placement, on site</translation>
    </message>
    <message>
        <source>&amp;Context</source>
        <translation>C&amp;ontext</translation>
    </message>
    <message>
        <source>Doelgroep</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>bijvoorbeeld: eerstejaars studenten Verzorgende-IG</source>
        <translation>for example: first-year care assistant students</translation>
    </message>
    <message>
        <source>Doel&amp;groep</source>
        <translation>Target &amp;group</translation>
    </message>
    <message>
        <source>Fase van de innovatie</source>
        <translation>Phase of the innovation</translation>
    </message>
    <message>
        <source>bijvoorbeeld: pilot, tweede cohort</source>
        <translation>for example: pilot, second cohort</translation>
    </message>
    <message>
        <source>&amp;Fase van de innovatie</source>
        <translation>&amp;Phase of the innovation</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Gesprek starten</source>
        <translation>Start conversation</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Opleidingen en niveaus</source>
        <translation>Programmes and levels</translation>
    </message>
    <message>
        <source>Aanleiding en doel</source>
        <translation>Reason and goal</translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Coördinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Eerdere gesprekken: {count} (laatste: {kind}, {date})</source>
        <translation>Earlier conversations: {count} (last: {kind}, {date})</translation>
    </message>
    <message>
        <source>Van deze route zijn nog geen gegevens ingevuld.</source>
        <translation>No details have been filled in for this route yet.</translation>
    </message>
    <message>
        <source>Vul de naam van de route in, bijvoorbeeld ‘Flexstage Noorderpoort’.</source>
        <translation>Fill in the name of the route, for example ‘Flexstage Noorderpoort’.</translation>
    </message>
    <message>
        <source>Er bestaat al een route met de naam ‘{name}’. Kies die route bovenaan, of geef deze route een andere naam.</source>
        <translation>A route named ‘{name}’ already exists. Choose that route at the top, or give this route a different name.</translation>
    </message>
    <message>
        <source>Nog niet alles klopt: zie de rode meldingen hierboven.</source>
        <translation>Not everything is right yet: see the red messages above.</translation>
    </message>
    <message>
        <source>Deze datum bestaat niet. Controleer dag en maand (dd-mm-jjjj).</source>
        <translation>This date does not exist. Check the day and month (dd-mm-yyyy).</translation>
    </message>
</context>
<context>
    <name>NoteColumn</name>
    <message>
        <source>Actie maken</source>
        <translation>Make action</translation>
    </message>
    <message>
        <source>Maak van deze notitie, of van de geselecteerde tekst, een conceptactie voor het actieplan (Ctrl+Shift+A)</source>
        <translation>Turn this note, or the selected text, into a draft action for the action plan (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Actie maken van {what}</source>
        <translation>Make an action from {what}</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PaperEntryDialog</name>
    <message>
        <source>Papieren vragenlijsten intypen</source>
        <translation>Type in paper questionnaires</translation>
    </message>
    <message>
        <source>Vragenlijst</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>&amp;Vragenlijst:</source>
        <translation>&amp;Questionnaire:</translation>
    </message>
    <message>
        <source>Eén rij per formulier. Typ de cijfers 1 tot en met 5; na elk cijfer gaat de cursor naar de volgende vraag. Spatie = niet ingevuld. Rol: S student, W werkbegeleider, D docent, P praktijkopleider, C coördinator, A anders.</source>
        <translation>One row per form. Type the digits 1 to 5; after each digit the cursor moves to the next question. Space = not filled in. Role: S student, W workplace supervisor, D teacher, P practice educator, C coordinator, A other.</translation>
    </message>
    <message>
        <source>Antwoorden per formulier</source>
        <translation>Answers per form</translation>
    </message>
    <message>
        <source>De vraag van de gekozen kolom</source>
        <translation>The question of the chosen column</translation>
    </message>
    <message>
        <source>Rij &amp;toevoegen</source>
        <translation>&amp;Add row</translation>
    </message>
    <message>
        <source>Rij &amp;verwijderen</source>
        <translation>&amp;Remove row</translation>
    </message>
    <message>
        <source>&amp;Bewaren</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bewaar of wis eerst de ingetypte formulieren; daarna kunt u een andere vragenlijst kiezen.</source>
        <translation>First save or clear the forms you typed in; then you can choose another questionnaire.</translation>
    </message>
    <message>
        <source>Vraag {n}: {text}</source>
        <translation>Question {n}: {text}</translation>
    </message>
    <message>
        <source>Rol: typ S, W, D, P, C of A (of dubbelklik)</source>
        <translation>Role: type S, W, D, P, C or A (or double-click)</translation>
    </message>
    <message>
        <source>Formuliernummer (zoals op het papier)</source>
        <translation>Form number (as on the paper)</translation>
    </message>
    <message>
        <source>Formulier {form}</source>
        <translation>Form {form}</translation>
    </message>
    <message>
        <source>Rij {n}</source>
        <translation>Row {n}</translation>
    </message>
    <message>
        <source>{label}: kies een rol (S, W, D, P, C of A).</source>
        <translation>{label}: choose a role (S, W, D, P, C or A).</translation>
    </message>
    <message>
        <source>{label}: dit formuliernummer staat ook in rij {n}.</source>
        <translation>{label}: this form number is also in row {n}.</translation>
    </message>
    <message>
        <source>{label}: dit formulier is al eerder ingetypt bij dit gesprek. Geef het een ander nummer of laat het weg.</source>
        <translation>{label}: this form has already been typed in for this conversation. Give it another number or leave it out.</translation>
    </message>
    <message>
        <source>{label}, vraag {n}: ‘{text}’ is geen 1 tot en met 5.</source>
        <translation>{label}, question {n}: ‘{text}’ is not 1 to 5.</translation>
    </message>
    <message>
        <source>… en nog {count}.</source>
        <translation>… and {count} more.</translation>
    </message>
    <message>
        <source>Nog niet bewaard:
</source>
        <translation>Not saved yet:
</translation>
    </message>
    <message>
        <source>Er is nog niets ingetypt.</source>
        <translation>Nothing has been typed in yet.</translation>
    </message>
    <message>
        <source>Nog niet bewaard: {message}</source>
        <translation>Not saved yet: {message}</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <source>studenten</source>
        <translation>students</translation>
    </message>
    <message>
        <source>docenten</source>
        <translation>teachers</translation>
    </message>
    <message>
        <source>werkbegeleiders</source>
        <translation>workplace supervisors</translation>
    </message>
    <message>
        <source>praktijkopleiders</source>
        <translation>practice educators</translation>
    </message>
    <message>
        <source>coördinatoren</source>
        <translation>coordinators</translation>
    </message>
    <message>
        <source>anderen</source>
        <translation>others</translation>
    </message>
    <message>
        <source>Kies een rol…</source>
        <translation>Choose a role…</translation>
    </message>
    <message>
        <source>Aantal deelnemers om toe te voegen</source>
        <translation>Number of participants to add</translation>
    </message>
    <message>
        <source>Hoeveel deelnemers met deze rol en organisatie</source>
        <translation>How many participants with this role and organisation</translation>
    </message>
    <message>
        <source>Rol van de nieuwe deelnemers</source>
        <translation>Role of the new participants</translation>
    </message>
    <message>
        <source>Organisatie (bijv. Noorderpoort)</source>
        <translation>Organisation (e.g. Noorderpoort)</translation>
    </message>
    <message>
        <source>Organisatie van de nieuwe deelnemers</source>
        <translation>Organisation of the new participants</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Deelnemers toevoegen</source>
        <translation>Add participants</translation>
    </message>
    <message>
        <source>Voeg dit aantal deelnemers toe (namen zijn niet nodig)</source>
        <translation>Add this number of participants (names are not needed)</translation>
    </message>
    <message>
        <source>&amp;Aantal</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <source>van</source>
        <translation>of</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Naam (optioneel)</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <source>Nog geen deelnemers. Voeg ze hierboven toe; namen mogen leeg blijven.</source>
        <translation>No participants yet. Add them above; names may be left empty.</translation>
    </message>
    <message>
        <source>Eén deelnemer toevoegen</source>
        <translation>Add one participant</translation>
    </message>
    <message>
        <source>Aantal deelnemers</source>
        <translation>Number of participants</translation>
    </message>
    <message>
        <source>Kies een rol voor deelnemer {n}.</source>
        <translation>Choose a role for participant {n}.</translation>
    </message>
    <message>
        <source>Kies een rol voor deelnemer {which} (student, docent, werkbegeleider, praktijkopleider, coördinator of anders). Een naam is niet nodig.</source>
        <translation>Choose a role for participant {which} (student, teacher, workplace supervisor, practice educator, coordinator or other). A name is not needed.</translation>
    </message>
    <message>
        <source>Kies een rol voor deelnemers {which} (student, docent, werkbegeleider, praktijkopleider, coördinator of anders). Een naam is niet nodig.</source>
        <translation>Choose a role for participants {which} (student, teacher, workplace supervisor, practice educator, coordinator or other). A name is not needed.</translation>
    </message>
    <message>
        <source>Kies eerst een rol voor de deelnemers die u toevoegt.</source>
        <translation>First choose a role for the participants you are adding.</translation>
    </message>
    <message>
        <source>Geen deelnemers</source>
        <translation>No participants</translation>
    </message>
    <message>
        <source>1 deelnemer</source>
        <translation>1 participant</translation>
    </message>
    <message>
        <source>{count} deelnemers</source>
        <translation>{count} participants</translation>
    </message>
    <message>
        <source>{n} {who} toevoegen</source>
        <translation>Add {n} {who}</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>PDF wordt gemaakt…</source>
        <translation>Creating PDF…</translation>
    </message>
    <message>
        <source>Actieplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>het actieplan</source>
        <translation>the action plan</translation>
    </message>
    <message>
        <source>Actieplan bewaren als PDF</source>
        <translation>Save action plan as PDF</translation>
    </message>
    <message>
        <source>Gespreksverslag</source>
        <translation>Conversation report</translation>
    </message>
    <message>
        <source>het gespreksverslag</source>
        <translation>the conversation report</translation>
    </message>
    <message>
        <source>Gespreksverslag bewaren als PDF</source>
        <translation>Save conversation report as PDF</translation>
    </message>
    <message>
        <source>Het actieplan kon niet worden afgedrukt</source>
        <translation>The action plan could not be printed</translation>
    </message>
    <message>
        <source>Map kiezen voor de papieren set (blanco)</source>
        <translation>Choose a folder for the paper set (blank)</translation>
    </message>
    <message>
        <source>De papieren set kon niet worden gemaakt</source>
        <translation>The paper set could not be created</translation>
    </message>
    <message>
        <source>Afdrukken is niet gelukt</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>1 pagina</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>{count} pagina&apos;s</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <source>{title}: {pages} naar de printer gestuurd.</source>
        <translation>{title}: {pages} sent to the printer.</translation>
    </message>
    <message>
        <source>Het maken van de PDF is gestopt.</source>
        <translation>Creating the PDF has been stopped.</translation>
    </message>
    <message>
        <source>Kies eerst een gesprek in de lijst.</source>
        <translation>First choose a conversation in the list.</translation>
    </message>
    <message>
        <source>Gesprek niet gevonden</source>
        <translation>Conversation not found</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>{title} niet gemaakt</source>
        <translation>{title} not created</translation>
    </message>
    <message>
        <source>Voorbeeld niet gemaakt</source>
        <translation>Preview not created</translation>
    </message>
    <message>
        <source>Er wordt al een PDF gemaakt. Even geduld, of druk op Stoppen.</source>
        <translation>A PDF is already being created. Please wait, or press Stop.</translation>
    </message>
    <message>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Even geduld</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>PDF wordt gemaakt</source>
        <translation>Creating PDF</translation>
    </message>
    <message>
        <source>PDF niet gemaakt</source>
        <translation>PDF not created</translation>
    </message>
    <message>
        <source>PDF niet bewaard</source>
        <translation>PDF not saved</translation>
    </message>
    <message>
        <source>Er is niets veranderd aan het gesprek of het actieplan.</source>
        <translation>Nothing has changed in the conversation or the action plan.</translation>
    </message>
    <message>
        <source>Bewaard als {name} in {folder}</source>
        <translation>Saved as {name} in {folder}</translation>
    </message>
    <message>
        <source>Papieren set niet (helemaal) bewaard</source>
        <translation>Paper set not (fully) saved</translation>
    </message>
    <message>
        <source>{written} van de {count} bestanden zijn bewaard.</source>
        <translation>{written} of the {count} files have been saved.</translation>
    </message>
    <message>
        <source>Papieren set bewaard: {count} PDF-bestanden in {folder}</source>
        <translation>Paper set saved: {count} PDF files in {folder}</translation>
    </message>
    <message>
        <source>Bestanden vervangen?</source>
        <translation>Replace files?</translation>
    </message>
    <message>
        <source>In &apos;{folder}&apos; staan al bestanden van de papieren set ({count}).</source>
        <translation>&apos;{folder}&apos; already contains files of the paper set ({count}).</translation>
    </message>
    <message>
        <source>Wilt u ze vervangen door de nieuwe versie?</source>
        <translation>Do you want to replace them with the new version?</translation>
    </message>
    <message>
        <source>Vervangen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Voorbeeld: {title}</source>
        <translation>Preview: {title}</translation>
    </message>
    <message>
        <source>Voorbeeld van {title}</source>
        <translation>Preview of {title}</translation>
    </message>
    <message>
        <source>Pagina&apos;s van {title}</source>
        <translation>Pages of {title}</translation>
    </message>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Dit document afdrukken (Ctrl+P)</source>
        <translation>Print this document (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Bewaren als PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Bewaren als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Dit document als PDF-bestand bewaren</source>
        <translation>Save this document as a PDF file</translation>
    </message>
    <message>
        <source>Kleiner</source>
        <translation>Smaller</translation>
    </message>
    <message>
        <source>Kleiner weergeven</source>
        <translation>Show smaller</translation>
    </message>
    <message>
        <source>Uitzoomen (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>Groter</source>
        <translation>Larger</translation>
    </message>
    <message>
        <source>Groter weergeven</source>
        <translation>Show larger</translation>
    </message>
    <message>
        <source>Inzoomen (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Paginabreedte</source>
        <translation>Page width</translation>
    </message>
    <message>
        <source>Passend op paginabreedte</source>
        <translation>Fit to page width</translation>
    </message>
    <message>
        <source>De pagina zo breed als het venster tonen</source>
        <translation>Show the page as wide as the window</translation>
    </message>
    <message>
        <source>Aantal pagina&apos;s</source>
        <translation>Number of pages</translation>
    </message>
    <message>
        <source>1 pagina</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>{count} pagina&apos;s</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Voorbeeld sluiten</source>
        <translation>Close preview</translation>
    </message>
</context>
<context>
    <name>PdfRenderer</name>
    <message>
        <source>Het maken van de PDF duurde te lang en is gestopt. Probeer het opnieuw of neem contact op.</source>
        <translation>Creating the PDF took too long and has been stopped. Try again or get in touch.</translation>
    </message>
    <message>
        <source>Het maken van de PDF is onverwacht afgebroken. Probeer het opnieuw; lukt het dan nog niet, neem dan contact op.</source>
        <translation>Creating the PDF stopped unexpectedly. Try again; if it still does not work, get in touch.</translation>
    </message>
    <message>
        <source>Het maken van de PDF is mislukt. Probeer het opnieuw; lukt het dan nog niet, neem dan contact op en stuur het logbestand mee.</source>
        <translation>Creating the PDF failed. Try again; if it still does not work, get in touch and send the log file.</translation>
    </message>
    <message>
        <source>Het maken van de PDF kon niet worden gestart. Sluit Praatplaat, start het opnieuw en probeer het nog eens.</source>
        <translation>Creating the PDF could not be started. Close Praatplaat, start it again and try once more.</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Foto: {label}</source>
        <translation>Photo: {label}</translation>
    </message>
    <message>
        <source>Foto groter bekijken</source>
        <translation>View photo larger</translation>
    </message>
    <message>
        <source>Foto {label}</source>
        <translation>Photo {label}</translation>
    </message>
    <message>
        <source>Deze foto kan niet worden getoond.</source>
        <translation>This photo cannot be shown.</translation>
    </message>
    <message>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>(geen bijschrift)</source>
        <translation>(no caption)</translation>
    </message>
    <message>
        <source>Bijschrift</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PosterPage</name>
    <message>
        <source>Kies samen 1 of 2 indicatoren</source>
        <translation>Choose 1 or 2 indicators together</translation>
    </message>
    <message>
        <source>Klik op een indicator op de praatplaat, of ga er met Tab en de pijltjestoetsen naartoe en druk op spatie. De keuze kan later nog veranderen; notities blijven bewaard.</source>
        <translation>Click an indicator on the poster, or go to it with Tab and the arrow keys and press Space. The choice can still change later; notes are kept.</translation>
    </message>
    <message>
        <source>Gekozen indicatoren</source>
        <translation>Chosen indicators</translation>
    </message>
    <message>
        <source>Beginnen ▶</source>
        <translation>Start ▶</translation>
    </message>
    <message>
        <source>Beginnen met de eerste gekozen indicator</source>
        <translation>Start with the first chosen indicator</translation>
    </message>
    <message>
        <source>Gebruiksaanwijzing van de praatplaat</source>
        <translation>How to use the poster</translation>
    </message>
    <message>
        <source>Nog geen indicator gekozen.</source>
        <translation>No indicator chosen yet.</translation>
    </message>
    <message>
        <source>{earlier} en {last}</source>
        <translation>{earlier} and {last}</translation>
    </message>
    <message>
        <source>Gekozen: {indicators}.</source>
        <translation>Chosen: {indicators}.</translation>
    </message>
    <message>
        <source>Beginnen met {title} ▶</source>
        <translation>Start with {title} ▶</translation>
    </message>
</context>
<context>
    <name>PosterWidget</name>
    <message>
        <source>Praatplaat</source>
        <translation>Conversation poster</translation>
    </message>
    <message>
        <source>nog geen indicator gekozen</source>
        <translation>no indicator chosen yet</translation>
    </message>
    <message>
        <source>Praatplaat met drie indicatoren en tien thema&apos;s. Gekozen: {chosen}.</source>
        <translation>Conversation poster with three indicators and ten themes. Chosen: {chosen}.</translation>
    </message>
    <message>
        <source> Nu: {title}.</source>
        <translation> Now: {title}.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>De PDF kon niet worden gelezen om af te drukken. Probeer het opnieuw.</source>
        <translation>The PDF could not be read for printing. Please try again.</translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>De printer kon niet worden gestart. Controleer of de printer aan staat en verbonden is, of kies een andere printer.</source>
        <translation>The printer could not be started. Check that the printer is switched on and connected, or choose another printer.</translation>
    </message>
    <message>
        <source>De printer nam geen nieuwe pagina aan. Probeer het opnieuw.</source>
        <translation>The printer did not accept a new page. Please try again.</translation>
    </message>
    <message>
        <source>Pagina {number} kon niet worden voorbereid om af te drukken. Probeer het opnieuw.</source>
        <translation>Page {number} could not be prepared for printing. Please try again.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Projectie — {app}</source>
        <translation>Projection — {app}</translation>
    </message>
    <message>
        <source>Projectieweergave</source>
        <translation>Projector view</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Hulpvraag</source>
        <translation>Guiding question</translation>
    </message>
    <message>
        <source>Vraagnummer</source>
        <translation>Question number</translation>
    </message>
    <message>
        <source>Vraag {number} van {count}</source>
        <translation>Question {number} of {count}</translation>
    </message>
</context>
<context>
    <name>QuestionnaireChartWidget</name>
    <message>
        <source>Nog geen ingevulde vragenlijsten voor dit gesprek.</source>
        <translation>No completed questionnaires for this conversation yet.</translation>
    </message>
    <message>
        <source>Grafiek van de vragenlijst</source>
        <translation>Chart of the questionnaire</translation>
    </message>
    <message>
        <source>Papier, formulier {form}</source>
        <translation>Paper, form {form}</translation>
    </message>
    <message>
        <source>Online enquête (CSV)</source>
        <translation>Online survey (CSV)</translation>
    </message>
    <message>
        <source>Op de laptop (kiosk)</source>
        <translation>On the laptop (kiosk)</translation>
    </message>
</context>
<context>
    <name>QuestionnaireUi</name>
    <message>
        <source>CSV voor Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>PDF-bestand (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Kies eerst een gesprek in de lijst links.</source>
        <translation>First choose a conversation in the list on the left.</translation>
    </message>
    <message>
        <source>&amp;Vragenlijst</source>
        <translation>&amp;Questionnaire</translation>
    </message>
    <message>
        <source>Invullen op deze &amp;laptop (kioskmodus)…</source>
        <translation>Fill in on this &amp;laptop (kiosk mode)…</translation>
    </message>
    <message>
        <source>Deelnemers vullen de vragenlijst na elkaar anoniem in op deze laptop</source>
        <translation>Participants fill in the questionnaire anonymously one after another on this laptop</translation>
    </message>
    <message>
        <source>&amp;Papieren formulieren intypen…</source>
        <translation>Type in &amp;paper forms…</translation>
    </message>
    <message>
        <source>De antwoorden van ingevulde papieren vragenlijsten intypen</source>
        <translation>Type in the answers of completed paper questionnaires</translation>
    </message>
    <message>
        <source>&amp;Importeren uit online enquête (CSV)…</source>
        <translation>&amp;Import from online survey (CSV)…</translation>
    </message>
    <message>
        <source>Antwoorden uit een CSV-export van een enquêteprogramma importeren</source>
        <translation>Import answers from a CSV export of a survey program</translation>
    </message>
    <message>
        <source>&amp;Resultaten bekijken…</source>
        <translation>View &amp;results…</translation>
    </message>
    <message>
        <source>De grafiek met de gemiddelde scores per groep (voor het gesprek begint)</source>
        <translation>The chart with the average scores per group (before the conversation starts)</translation>
    </message>
    <message>
        <source>&amp;Antwoorden exporteren (CSV)…</source>
        <translation>Export &amp;answers (CSV)…</translation>
    </message>
    <message>
        <source>Anonieme antwoorden voor onderzoek: één rij per respondent, voor Excel</source>
        <translation>Anonymous answers for research: one row per respondent, for Excel</translation>
    </message>
    <message>
        <source>&amp;Scores exporteren (CSV)…</source>
        <translation>Export &amp;scores (CSV)…</translation>
    </message>
    <message>
        <source>Gemiddelde scores per schaal en groep, voor Excel</source>
        <translation>Average scores per scale and group, for Excel</translation>
    </message>
    <message>
        <source>Leeg formulier afdrukken: {title} (PDF)…</source>
        <translation>Print blank form: {title} (PDF)…</translation>
    </message>
    <message>
        <source>Een lege vragenlijst om op papier in te vullen</source>
        <translation>An empty questionnaire to fill in on paper</translation>
    </message>
    <message>
        <source>Vragenlijst</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>{count} papieren vragenlijst(en) bewaard.</source>
        <translation>{count} paper questionnaire(s) saved.</translation>
    </message>
    <message>
        <source>{count} vragenlijst(en) geïmporteerd.</source>
        <translation>{count} questionnaire(s) imported.</translation>
    </message>
    <message>
        <source>Vragenlijst: {kind} exporteren</source>
        <translation>Questionnaire: export {kind}</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>‘{name}’ kan niet worden opgeslagen ({error}). Is het bestand nog geopend in Excel? Kies anders een andere map.</source>
        <translation>‘{name}’ cannot be saved ({error}). Is the file still open in Excel? Otherwise choose another folder.</translation>
    </message>
    <message>
        <source>Geëxporteerd naar {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <source>Leeg formulier opslaan</source>
        <translation>Save blank form</translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>QuestionsBox</name>
    <message>
        <source>Hulpvragen</source>
        <translation>Guiding questions</translation>
    </message>
    <message>
        <source>◀ Vorige vraag</source>
        <translation>◀ Previous question</translation>
    </message>
    <message>
        <source>Vorige hulpvraag</source>
        <translation>Previous guiding question</translation>
    </message>
    <message>
        <source>Vorige hulpvraag (Alt+PgUp); de projectie volgt</source>
        <translation>Previous guiding question (Alt+PgUp); the projection follows</translation>
    </message>
    <message>
        <source>Volgende vraag ▶</source>
        <translation>Next question ▶</translation>
    </message>
    <message>
        <source>Volgende hulpvraag</source>
        <translation>Next guiding question</translation>
    </message>
    <message>
        <source>Volgende hulpvraag (Alt+PgDown); de projectie volgt</source>
        <translation>Next guiding question (Alt+PgDown); the projection follows</translation>
    </message>
    <message>
        <source>Hulpvragen voor de gespreksleider</source>
        <translation>Guiding questions for the facilitator</translation>
    </message>
    <message>
        <source>vraag {number} van {count}</source>
        <translation>question {number} of {count}</translation>
    </message>
</context>
<context>
    <name>ReleaseUi</name>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Taal, standaard gespreksleider, plek van de bibliotheek, reservekopieën en projectiescherm (Ctrl+,)</source>
        <translation>Language, default facilitator, library location, backups and projection screen (Ctrl+,)</translation>
    </message>
    <message>
        <source>Reservekopie &amp;terugzetten…</source>
        <translation>&amp;Restore backup…</translation>
    </message>
    <message>
        <source>Een eerdere stand van de bibliotheek terugzetten uit een reservekopie</source>
        <translation>Restore an earlier state of the library from a backup</translation>
    </message>
    <message>
        <source>De dagelijkse reservekopie is mislukt ({error}).</source>
        <translation>The daily backup failed ({error}).</translation>
    </message>
    <message>
        <source>De dagelijkse reservekopie van uw bibliotheek is gemaakt.</source>
        <translation>The daily backup of your library has been made.</translation>
    </message>
    <message>
        <source>De instellingen zijn bewaard.</source>
        <translation>The settings have been saved.</translation>
    </message>
    <message>
        <source> Taal en plek van de bibliotheek worden actief na herstarten.</source>
        <translation> Language and library location take effect after a restart.</translation>
    </message>
    <message>
        <source>een ander venster</source>
        <translation>another window</translation>
    </message>
    <message>
        <source>Eerst een venster sluiten</source>
        <translation>Close a window first</translation>
    </message>
    <message>
        <source>Sluit eerst het venster &apos;{title}&apos;. Daarna kunt u de reservekopie terugzetten.</source>
        <translation>First close the window &apos;{title}&apos;. Then you can restore the backup.</translation>
    </message>
    <message>
        <source>Terugzetten mislukt</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>Praatplaat stopt nu. Start Praatplaat opnieuw om verder te werken.</source>
        <translation>Praatplaat will stop now. Start Praatplaat again to continue working.</translation>
    </message>
    <message>
        <source>Reservekopie teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>De reservekopie is teruggezet.</source>
        <translation>The backup has been restored.</translation>
    </message>
    <message>
        <source>Hoe de bibliotheek was vóór het terugzetten, is bewaard als reservekopie &apos;{name}&apos;.

Praatplaat opent de teruggezette bibliotheek nu.</source>
        <translation>The library as it was before the restore has been saved as backup &apos;{name}&apos;.

Praatplaat will now open the restored library.</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <source>Vragenlijst: resultaten</source>
        <translation>Questionnaire: results</translation>
    </message>
    <message>
        <source>Resultaten van de vragenlijst</source>
        <translation>Results of the questionnaire</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Beantwoord</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Ingevuld via</source>
        <translation>Completed via</translation>
    </message>
    <message>
        <source>Ingevulde vragenlijsten</source>
        <translation>Completed questionnaires</translation>
    </message>
    <message>
        <source>Geselecteerde verwijderen</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>Een vragenlijst die per ongeluk of dubbel is ingevoerd verwijderen (ongedaan maken kan met Ctrl+Z in het hoofdvenster)</source>
        <translation>Remove a questionnaire entered by mistake or twice (undo with Ctrl+Z in the main window)</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Antwoorden exporteren…</source>
        <translation>Export answers…</translation>
    </message>
    <message>
        <source>Scores exporteren…</source>
        <translation>Export scores…</translation>
    </message>
    <message>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>{answered} van {total}</source>
        <translation>{answered} of {total}</translation>
    </message>
    <message>
        <source>{count} ingevulde vragenlijst(en). Groepen met minder dan 3 respondenten worden in de grafiek niet getoond.</source>
        <translation>{count} completed questionnaire(s). Groups with fewer than 3 respondents are not shown in the chart.</translation>
    </message>
</context>
<context>
    <name>RouteForm</name>
    <message>
        <source>Naam van de route *</source>
        <translation>Name of the route *</translation>
    </message>
    <message>
        <source>bijvoorbeeld Flexstage Noorderpoort</source>
        <translation>for example Flexstage Noorderpoort</translation>
    </message>
    <message>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>scholen en zorg- of welzijnsorganisaties</source>
        <translation>schools and care or welfare organisations</translation>
    </message>
    <message>
        <source>Opleidingen en niveaus</source>
        <translation>Programmes and levels</translation>
    </message>
    <message>
        <source>bijvoorbeeld Verzorgende-IG, niveau 3</source>
        <translation>for example care assistant, level 3</translation>
    </message>
    <message>
        <source>Aanleiding en doel</source>
        <translation>Reason and goal</translation>
    </message>
    <message>
        <source>Waarom is de route gestart, en wat wil ze bereiken?</source>
        <translation>Why was the route started, and what does it want to achieve?</translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Hoe ziet de route eruit?</source>
        <translation>What does the route look like?</translation>
    </message>
    <message>
        <source>Fase van de innovatie</source>
        <translation>Phase of the innovation</translation>
    </message>
    <message>
        <source>bijvoorbeeld idee, pilot, eerste jaar, uitgerold</source>
        <translation>for example idea, pilot, first year, rolled out</translation>
    </message>
    <message>
        <source>Coördinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>naam van de coördinator van de route</source>
        <translation>name of the route coordinator</translation>
    </message>
</context>
<context>
    <name>RoutePage</name>
    <message>
        <source>Vervolggesprek</source>
        <translation>Follow-up conversation</translation>
    </message>
    <message>
        <source>Vervolggesprek houden…</source>
        <translation>Hold follow-up conversation…</translation>
    </message>
    <message>
        <source>Leer- en ontwikkelgemeenschap</source>
        <translation>Learning and development community</translation>
    </message>
    <message>
        <source>Hoe telt Praatplaat?</source>
        <translation>How does Praatplaat count?</translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Tijdlijn van de gesprekken</source>
        <translation>Timeline of the conversations</translation>
    </message>
    <message>
        <source>Geen route gekozen</source>
        <translation>No route chosen</translation>
    </message>
    <message>
        <source>Kies een route in de lijst (dubbelklik of Enter).</source>
        <translation>Choose a route in the list (double-click or Enter).</translation>
    </message>
    <message>
        <source>coördinator: {name}</source>
        <translation>coordinator: {name}</translation>
    </message>
    <message>
        <source>Vervolggesprek openen…</source>
        <translation>Open follow-up conversation…</translation>
    </message>
</context>
<context>
    <name>SessionDetailsPage</name>
    <message>
        <source>Gespreksleider</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>naam van de gespreksleider</source>
        <translation>name of the facilitator</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>bijvoorbeeld: na de eerste stageperiode, op locatie</source>
        <translation>for example: after the first work placement, on site</translation>
    </message>
    <message>
        <source>Doelgroep</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>bijvoorbeeld: eerstejaars studenten VIG</source>
        <translation>for example: first-year care assistant students</translation>
    </message>
    <message>
        <source>Fase van de innovatie</source>
        <translation>Phase of the innovation</translation>
    </message>
    <message>
        <source>bijvoorbeeld: pilot, tweede cohort</source>
        <translation>for example: pilot, second cohort</translation>
    </message>
    <message>
        <source>Gegevens en deelnemers</source>
        <translation>Details and participants</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Het gesprek</source>
        <translation>The conversation</translation>
    </message>
    <message>
        <source>Soort gesprek</source>
        <translation>Type of conversation</translation>
    </message>
    <message>
        <source>&amp;Soort gesprek</source>
        <translation>&amp;Type of conversation</translation>
    </message>
    <message>
        <source>Datum van het gesprek</source>
        <translation>Date of the conversation</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Houd rekening met de context, doelgroep en fase van de innovatie.</source>
        <translation>Take the context, target group and phase of the innovation into account.</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Route: {name}</source>
        <translation>Route: {name}</translation>
    </message>
    <message>
        <source>Organisaties: {names}</source>
        <translation>Organisations: {names}</translation>
    </message>
    <message>
        <source>Opleidingen en niveaus: {names}</source>
        <translation>Programmes and levels: {names}</translation>
    </message>
    <message>
        <source>Coördinator: {name}</source>
        <translation>Coordinator: {name}</translation>
    </message>
    <message>
        <source>Soort gesprek: {kind}.</source>
        <translation>Type of conversation: {kind}.</translation>
    </message>
    <message>
        <source>Deze datum bestaat niet. Kies een datum.</source>
        <translation>This date does not exist. Choose a date.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Wordt actief na herstarten.</source>
        <translation>Takes effect after a restart.</translation>
    </message>
    <message>
        <source>Praatplaat-bibliotheek (*.sqlite);;Alle bestanden (*)</source>
        <translation>Praatplaat library (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Deze map wordt gesynchroniseerd (OneDrive, Dropbox, Teams/SharePoint …) of staat op het netwerk. Zulke programma&apos;s kopiëren bestanden terwijl Praatplaat ze nog aan het schrijven is; zo kan de bibliotheek beschadigd raken en werk verloren gaan. Kies liever een map op deze computer. Gesprekken delen met collega&apos;s gaat veilig via .praatplaat-bestanden.</source>
        <translation>This folder is synchronised (OneDrive, Dropbox, Teams/SharePoint …) or on the network. Such programs copy files while Praatplaat is still writing them; this can damage the library and lose work. Preferably choose a folder on this computer. Sharing conversations with colleagues is safe through .praatplaat files.</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>De instellingen bewaren en dit venster sluiten</source>
        <translation>Save the settings and close this window</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Dit venster sluiten zonder iets te wijzigen</source>
        <translation>Close this window without changing anything</translation>
    </message>
    <message>
        <source>Algemeen</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>De taal van Praatplaat. </source>
        <translation>The language of Praatplaat. </translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>bijvoorbeeld uw eigen naam</source>
        <translation>for example your own name</translation>
    </message>
    <message>
        <source>Standaard gespreksleider</source>
        <translation>Default facilitator</translation>
    </message>
    <message>
        <source>Deze naam wordt vooraf ingevuld bij een nieuw gesprek</source>
        <translation>This name is filled in beforehand for a new conversation</translation>
    </message>
    <message>
        <source>Standaard &amp;gespreksleider</source>
        <translation>Default &amp;facilitator</translation>
    </message>
    <message>
        <source>Wordt vooraf ingevuld bij een nieuw gesprek.</source>
        <translation>Filled in beforehand for a new conversation.</translation>
    </message>
    <message>
        <source>Bibliotheek</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>standaard: {path}</source>
        <translation>default: {path}</translation>
    </message>
    <message>
        <source>Plek van de bibliotheek</source>
        <translation>Location of the library</translation>
    </message>
    <message>
        <source>Het bestand met al uw routes en gesprekken. Leeg: de standaardplek. </source>
        <translation>The file with all your routes and conversations. Empty: the default location. </translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Plek van de bibliotheek kiezen</source>
        <translation>Choose the location of the library</translation>
    </message>
    <message>
        <source>Een bestand of een nieuwe bestandsnaam voor de bibliotheek kiezen</source>
        <translation>Choose a file or a new file name for the library</translation>
    </message>
    <message>
        <source>&amp;Standaard</source>
        <translation>&amp;Default</translation>
    </message>
    <message>
        <source>Standaardplek voor de bibliotheek gebruiken</source>
        <translation>Use the default location for the library</translation>
    </message>
    <message>
        <source>De bibliotheek op de standaardplek gebruiken</source>
        <translation>Use the library in the default location</translation>
    </message>
    <message>
        <source>&amp;Plek</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <source>Waarschuwing: gesynchroniseerde map</source>
        <translation>Warning: synchronised folder</translation>
    </message>
    <message>
        <source>Nu geopend: {path}. </source>
        <translation>Open now: {path}. </translation>
    </message>
    <message>
        <source>Gedeelde map</source>
        <translation>Shared folder</translation>
    </message>
    <message>
        <source>geen gedeelde map</source>
        <translation>no shared folder</translation>
    </message>
    <message>
        <source>Een OneDrive- of Teams-map waarin u en uw collega&apos;s .praatplaat-bestanden zetten</source>
        <translation>A OneDrive or Teams folder in which you and your colleagues put .praatplaat files</translation>
    </message>
    <message>
        <source>K&amp;iezen…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Gedeelde map kiezen</source>
        <translation>Choose shared folder</translation>
    </message>
    <message>
        <source>Een map kiezen om gesprekken met collega&apos;s te delen</source>
        <translation>Choose a folder to share conversations with colleagues</translation>
    </message>
    <message>
        <source>Ge&amp;deelde map</source>
        <translation>S&amp;hared folder</translation>
    </message>
    <message>
        <source>Bij het starten kijken of er nieuwe bestanden zijn</source>
        <translation>Check for new files at start-up</translation>
    </message>
    <message>
        <source>Praatplaat meldt bij het starten nieuwe gesprekken in de gedeelde map</source>
        <translation>At start-up, Praatplaat reports new conversations in the shared folder</translation>
    </message>
    <message>
        <source>Alleen voor het delen van gesprekken; de bibliotheek zelf staat daar nooit.</source>
        <translation>Only for sharing conversations; the library itself is never kept there.</translation>
    </message>
    <message>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Elke &amp;dag een reservekopie maken</source>
        <translation>Make a backup every &amp;day</translation>
    </message>
    <message>
        <source>Bij het starten en afsluiten maakt Praatplaat één reservekopie per dag</source>
        <translation>At start-up and when quitting, Praatplaat makes one backup per day</translation>
    </message>
    <message>
        <source>Aantal dagelijkse reservekopieën bewaren</source>
        <translation>Number of daily backups to keep</translation>
    </message>
    <message>
        <source>Oudere dagelijkse reservekopieën worden opgeruimd</source>
        <translation>Older daily backups are removed</translation>
    </message>
    <message>
        <source>&amp;Aantal bewaren</source>
        <translation>&amp;Number to keep</translation>
    </message>
    <message>
        <source>De reservekopieën staan in {folder}. Terugzetten gaat via Bestand → Reservekopie terugzetten…</source>
        <translation>The backups are in {folder}. Restore one through File → Restore backup…</translation>
    </message>
    <message>
        <source>Projectie</source>
        <translation>Projection</translation>
    </message>
    <message>
        <source>Automatisch (een ander scherm dan het venster van de gespreksleider)</source>
        <translation>Automatic (a different screen from the facilitator&apos;s window)</translation>
    </message>
    <message>
        <source>Scherm voor de projectieweergave</source>
        <translation>Screen for the projector view</translation>
    </message>
    <message>
        <source>Op welk scherm de projectieweergave (F5) verschijnt</source>
        <translation>On which screen the projector view (F5) appears</translation>
    </message>
    <message>
        <source>&amp;Scherm voor projectie</source>
        <translation>&amp;Screen for projection</translation>
    </message>
    <message>
        <source>{screen} (nu niet aangesloten)</source>
        <translation>{screen} (not connected now)</translation>
    </message>
    <message>
        <source>Geen bestand</source>
        <translation>Not a file</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is een map. Kies een bestandsnaam, bijvoorbeeld {name}.</source>
        <translation>&apos;{path}&apos; is a folder. Choose a file name, for example {name}.</translation>
    </message>
    <message>
        <source>Geen Praatplaat-bibliotheek</source>
        <translation>Not a Praatplaat library</translation>
    </message>
    <message>
        <source>Kies een bestaande bibliotheek of typ een nieuwe bestandsnaam.</source>
        <translation>Choose an existing library or type a new file name.</translation>
    </message>
    <message>
        <source>Bibliotheek in een gedeelde map?</source>
        <translation>Library in a shared folder?</translation>
    </message>
    <message>
        <source>U kiest een plek in een gedeelde of gesynchroniseerde map:
{path}</source>
        <translation>You are choosing a location in a shared or synchronised folder:
{path}</translation>
    </message>
    <message>
        <source>

Wilt u deze plek toch gebruiken?</source>
        <translation>

Do you want to use this location anyway?</translation>
    </message>
</context>
<context>
    <name>SharedFolderDialog</name>
    <message>
        <source>Gedeelde map</source>
        <translation>Shared folder</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Map: {folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
    <message>
        <source>Bestanden in de gedeelde map</source>
        <translation>Files in the shared folder</translation>
    </message>
    <message>
        <source>Inhoud van het gekozen bestand</source>
        <translation>Contents of the chosen file</translation>
    </message>
    <message>
        <source>Ook bestanden tonen die al zijn geïmporteerd</source>
        <translation>Also show files that have already been imported</translation>
    </message>
    <message>
        <source>Aangevinkte importeren</source>
        <translation>Import ticked files</translation>
    </message>
    <message>
        <source>Aangevinkte bestanden importeren</source>
        <translation>Import the ticked files</translation>
    </message>
    <message>
        <source>Andere map…</source>
        <translation>Other folder…</translation>
    </message>
    <message>
        <source>Andere gedeelde map kiezen</source>
        <translation>Choose another shared folder</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Gewijzigd sinds de vorige keer</source>
        <translation>Changed since last time</translation>
    </message>
    <message>
        <source>Al geïmporteerd</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <source>Er zijn geen nieuwe bestanden in de gedeelde map.</source>
        <translation>There are no new files in the shared folder.</translation>
    </message>
    <message>
        <source>Er is 1 nieuw bestand. Vink aan wat u wilt importeren.</source>
        <translation>There is 1 new file. Tick what you want to import.</translation>
    </message>
    <message>
        <source>Er zijn {count} nieuwe bestanden. Vink aan wat u wilt importeren.</source>
        <translation>There are {count} new files. Tick what you want to import.</translation>
    </message>
    <message>
        <source>Dit bestand kan niet worden geïmporteerd: {message}</source>
        <translation>This file cannot be imported: {message}</translation>
    </message>
</context>
<context>
    <name>SharedFolderSettingsDialog</name>
    <message>
        <source>Gedeelde map kiezen</source>
        <translation>Choose shared folder</translation>
    </message>
    <message>
        <source>Kies de map die u met collega&apos;s deelt, bijvoorbeeld een map in OneDrive of in Teams. Praatplaat zet daar alleen .praatplaat-bestanden neer en kijkt er bij het starten of er nieuwe zijn. Uw bibliotheek zelf blijft veilig op deze computer.</source>
        <translation>Choose the folder you share with colleagues, for example a folder in OneDrive or in Teams. Praatplaat only puts .praatplaat files there and checks at start-up whether there are new ones. Your library itself stays safely on this computer.</translation>
    </message>
    <message>
        <source>Uitleg</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Nog geen map gekozen</source>
        <translation>No folder chosen yet</translation>
    </message>
    <message>
        <source>Gekozen gedeelde map</source>
        <translation>Chosen shared folder</translation>
    </message>
    <message>
        <source>Map kiezen…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Map kiezen</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <source>Niet meer gebruiken</source>
        <translation>Stop using</translation>
    </message>
    <message>
        <source>Gedeelde map niet meer gebruiken</source>
        <translation>Stop using the shared folder</translation>
    </message>
    <message>
        <source>Praatplaat vergeet de map; de bestanden erin blijven staan</source>
        <translation>Praatplaat forgets the folder; the files in it remain</translation>
    </message>
    <message>
        <source>Bij het starten kijken of er nieuwe bestanden zijn</source>
        <translation>Check for new files at start-up</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Deze map kan niet</source>
        <translation>This folder cannot be used</translation>
    </message>
    <message>
        <source>De map is niet gewijzigd.</source>
        <translation>The folder has not been changed.</translation>
    </message>
    <message>
        <source>Deze map wordt nu gebruikt voor &apos;Delen via gedeelde map&apos; en &apos;Gedeelde map controleren&apos;.</source>
        <translation>This folder is now used for &apos;Share via shared folder&apos; and &apos;Check shared folder&apos;.</translation>
    </message>
    <message>
        <source>Praatplaat gebruikt geen gedeelde map meer.</source>
        <translation>Praatplaat no longer uses a shared folder.</translation>
    </message>
</context>
<context>
    <name>SharingUi</name>
    <message>
        <source>Praatplaat-bestanden (*.praatplaat)</source>
        <translation>Praatplaat files (*.praatplaat)</translation>
    </message>
    <message>
        <source>Kies eerst links in de lijst een gesprek.</source>
        <translation>First choose a conversation in the list on the left.</translation>
    </message>
    <message>
        <source>Kies eerst links in de lijst een gesprek of een route.</source>
        <translation>First choose a conversation or a route in the list on the left.</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Een .praatplaat-bestand van een collega in uw bibliotheek opnemen (Ctrl+I)</source>
        <translation>Add a colleague&apos;s .praatplaat file to your library (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Gesprek exporteren…</source>
        <translation>Export &amp;conversation…</translation>
    </message>
    <message>
        <source>Het gekozen gesprek als .praatplaat-bestand opslaan, om te mailen of te delen</source>
        <translation>Save the chosen conversation as a .praatplaat file, to email or share</translation>
    </message>
    <message>
        <source>&amp;Route exporteren…</source>
        <translation>Export &amp;route…</translation>
    </message>
    <message>
        <source>De gekozen route met al haar gesprekken als .praatplaat-bestand opslaan</source>
        <translation>Save the chosen route with all its conversations as a .praatplaat file</translation>
    </message>
    <message>
        <source>&amp;Delen via gedeelde map…</source>
        <translation>&amp;Share via shared folder…</translation>
    </message>
    <message>
        <source>Het gekozen gesprek of de gekozen route in de gedeelde map zetten (OneDrive of Teams)</source>
        <translation>Put the chosen conversation or route in the shared folder (OneDrive or Teams)</translation>
    </message>
    <message>
        <source>Gedeelde map &amp;controleren…</source>
        <translation>C&amp;heck shared folder…</translation>
    </message>
    <message>
        <source>Kijken of collega&apos;s nieuwe bestanden in de gedeelde map hebben gezet</source>
        <translation>See whether colleagues have put new files in the shared folder</translation>
    </message>
    <message>
        <source>Gedeelde map &amp;kiezen…</source>
        <translation>C&amp;hoose shared folder…</translation>
    </message>
    <message>
        <source>De map kiezen die u met collega&apos;s deelt via OneDrive of Teams</source>
        <translation>Choose the folder you share with colleagues via OneDrive or Teams</translation>
    </message>
    <message>
        <source>&amp;Geschiedenis…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>Eerdere versies bekijken die bij het importeren opzij zijn gezet, en er een terugzetten</source>
        <translation>View earlier versions that were set aside when importing, and restore one</translation>
    </message>
    <message>
        <source>&amp;Foto&apos;s bij dit gesprek…</source>
        <translation>&amp;Photos of this conversation…</translation>
    </message>
    <message>
        <source>Foto&apos;s van de ingevulde praatplaat bij het gekozen gesprek bekijken of toevoegen</source>
        <translation>View or add photos of the completed poster for the chosen conversation</translation>
    </message>
    <message>
        <source>Persoon &amp;vergeten…</source>
        <translation>&amp;Forget a person…</translation>
    </message>
    <message>
        <source>Een naam overal uit de bibliotheek en de reservekopieën verwijderen (privacy)</source>
        <translation>Remove a name everywhere from the library and the backups (privacy)</translation>
    </message>
    <message>
        <source>&amp;Delen</source>
        <translation>&amp;Share</translation>
    </message>
    <message>
        <source>Delen</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Gesprekken en routes delen met collega&apos;s</source>
        <translation>Share conversations and routes with colleagues</translation>
    </message>
    <message>
        <source>Gesprek exporteren…</source>
        <translation>Export conversation…</translation>
    </message>
    <message>
        <source>Dit gesprek als .praatplaat-bestand opslaan</source>
        <translation>Save this conversation as a .praatplaat file</translation>
    </message>
    <message>
        <source>Delen via gedeelde map…</source>
        <translation>Share via shared folder…</translation>
    </message>
    <message>
        <source>Dit gesprek in de gedeelde map zetten</source>
        <translation>Put this conversation in the shared folder</translation>
    </message>
    <message>
        <source>Foto&apos;s bij dit gesprek…</source>
        <translation>Photos of this conversation…</translation>
    </message>
    <message>
        <source>Foto&apos;s van de ingevulde praatplaat bekijken of toevoegen</source>
        <translation>View or add photos of the completed poster</translation>
    </message>
    <message>
        <source>Route exporteren…</source>
        <translation>Export route…</translation>
    </message>
    <message>
        <source>Deze route met al haar gesprekken als .praatplaat-bestand opslaan</source>
        <translation>Save this route with all its conversations as a .praatplaat file</translation>
    </message>
    <message>
        <source>Route delen via gedeelde map…</source>
        <translation>Share route via shared folder…</translation>
    </message>
    <message>
        <source>Deze route met al haar gesprekken in de gedeelde map zetten</source>
        <translation>Put this route with all its conversations in the shared folder</translation>
    </message>
    <message>
        <source>Importeren…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Een .praatplaat-bestand van een collega opnemen</source>
        <translation>Add a colleague&apos;s .praatplaat file</translation>
    </message>
    <message>
        <source>1 foto</source>
        <translation>1 photo</translation>
    </message>
    <message>
        <source>{count} foto&apos;s</source>
        <translation>{count} photos</translation>
    </message>
    <message>
        <source>bekijken of toevoegen</source>
        <translation>view or add</translation>
    </message>
    <message>
        <source>Nog geen foto&apos;s</source>
        <translation>No photos yet</translation>
    </message>
    <message>
        <source>foto toevoegen</source>
        <translation>add photo</translation>
    </message>
    <message>
        <source>Foto&apos;s bij dit gesprek</source>
        <translation>Photos of this conversation</translation>
    </message>
    <message>
        <source>Nieuwe bestanden in de gedeelde map</source>
        <translation>New files in the shared folder</translation>
    </message>
    <message>
        <source>Klik om de nieuwe bestanden te bekijken en te importeren</source>
        <translation>Click to view and import the new files</translation>
    </message>
    <message>
        <source>1 nieuw bestand in de gedeelde map</source>
        <translation>1 new file in the shared folder</translation>
    </message>
    <message>
        <source>{count} nieuwe bestanden in de gedeelde map</source>
        <translation>{count} new files in the shared folder</translation>
    </message>
    <message>
        <source>De gedeelde map kon niet worden bekeken ({error}).</source>
        <translation>The shared folder could not be checked ({error}).</translation>
    </message>
    <message>
        <source> — klik rechtsonder om ze te bekijken.</source>
        <translation> — click at the bottom right to view them.</translation>
    </message>
    <message>
        <source> Wilt u de hele route delen? Kies dan &apos;Route exporteren…&apos;.</source>
        <translation> Do you want to share the whole route? Then choose &apos;Export route…&apos;.</translation>
    </message>
    <message>
        <source>Gesprek exporteren</source>
        <translation>Export conversation</translation>
    </message>
    <message>
        <source>Route exporteren</source>
        <translation>Export route</translation>
    </message>
    <message>
        <source>Delen via gedeelde map</source>
        <translation>Share via shared folder</translation>
    </message>
    <message>
        <source>Gedeelde map</source>
        <translation>Shared folder</translation>
    </message>
    <message>
        <source>Er is nog geen gedeelde map gekozen.</source>
        <translation>No shared folder has been chosen yet.</translation>
    </message>
    <message>
        <source>Wilt u nu de map kiezen die u met collega&apos;s deelt (bijvoorbeeld een map in OneDrive of Teams)?</source>
        <translation>Do you want to choose the folder you share with colleagues now (for example a folder in OneDrive or Teams)?</translation>
    </message>
    <message>
        <source>Map kiezen</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Wilt u een andere map kiezen?</source>
        <translation>Do you want to choose another folder?</translation>
    </message>
    <message>
        <source>Andere map kiezen</source>
        <translation>Choose another folder</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Alle bestanden (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Kies links een gesprek om de samenvatting te zien.</source>
        <translation>Choose a conversation on the left to see its summary.</translation>
    </message>
    <message>
        <source>Dubbelklik of druk op Enter om een gesprek te openen.</source>
        <translation>Double-click or press Enter to open a conversation.</translation>
    </message>
    <message>
        <source>Geen deelnemers vastgelegd.</source>
        <translation>No participants recorded.</translation>
    </message>
    <message>
        <source>1 zonder naam</source>
        <translation>1 without a name</translation>
    </message>
    <message>
        <source>{count} zonder naam</source>
        <translation>{count} without a name</translation>
    </message>
    <message>
        <source>privé</source>
        <translation>private</translation>
    </message>
    <message>
        <source>Nog geen indicator gekozen.</source>
        <translation>No indicator chosen yet.</translation>
    </message>
    <message>
        <source>besproken</source>
        <translation>discussed</translation>
    </message>
    <message>
        <source>Geen notities.</source>
        <translation>No notes.</translation>
    </message>
    <message>
        <source>Nog geen notities.</source>
        <translation>No notes yet.</translation>
    </message>
    <message>
        <source>zonder omschrijving</source>
        <translation>without a description</translation>
    </message>
    <message>
        <source>wie: {who}</source>
        <translation>who: {who}</translation>
    </message>
    <message>
        <source>wanneer: {date}</source>
        <translation>when: {date}</translation>
    </message>
    <message>
        <source>status: {status}</source>
        <translation>status: {status}</translation>
    </message>
    <message>
        <source>Actieplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Ontwikkeldoelen</source>
        <translation>Development goals</translation>
    </message>
    <message>
        <source>Nog geen ontwikkeldoelen.</source>
        <translation>No development goals yet.</translation>
    </message>
    <message>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Nog geen acties.</source>
        <translation>No actions yet.</translation>
    </message>
    <message>
        <source>Conceptacties (nog niet bevestigd)</source>
        <translation>Draft actions (not confirmed yet)</translation>
    </message>
    <message>
        <source>Vervolgafspraken</source>
        <translation>Follow-up agreements</translation>
    </message>
    <message>
        <source>wie nodigt uit: {who}</source>
        <translation>who invites: {who}</translation>
    </message>
    <message>
        <source>voorbereiden: {what}</source>
        <translation>prepare: {what}</translation>
    </message>
    <message>
        <source>Nog geen vervolgafspraken.</source>
        <translation>No follow-up agreements yet.</translation>
    </message>
    <message>
        <source>Route: {name}</source>
        <translation>Route: {name}</translation>
    </message>
    <message>
        <source>Gespreksleider</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>Doelgroep</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Fase van de innovatie</source>
        <translation>Phase of the innovation</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Indicatoren en notities</source>
        <translation>Indicators and notes</translation>
    </message>
    <message>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Opleidingen en niveaus</source>
        <translation>Programmes and levels</translation>
    </message>
    <message>
        <source>Aanleiding en doel</source>
        <translation>Reason and goal</translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Coördinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Gesprekken</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Nog geen gesprekken in deze route.</source>
        <translation>No conversations in this route yet.</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Samenvatting van de gekozen route of het gekozen gesprek</source>
        <translation>Summary of the chosen route or conversation</translation>
    </message>
    <message>
        <source>Samenvatting van wat links is gekozen (alleen lezen)</source>
        <translation>Summary of what is chosen on the left (read only)</translation>
    </message>
</context>
<context>
    <name>SvgChart</name>
    <message>
        <source>Grafiek</source>
        <translation>Chart</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <source>Tijd:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>Minuten voor dit onderdeel</source>
        <translation>Minutes for this part</translation>
    </message>
    <message>
        <source>Hoeveel minuten voor dit onderdeel (indicator of thema)</source>
        <translation>How many minutes for this part (indicator or theme)</translation>
    </message>
    <message>
        <source>Resterende tijd</source>
        <translation>Time remaining</translation>
    </message>
    <message>
        <source>Tijd is om 00:00</source>
        <translation>Time is up 00:00</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Tijd starten</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>De aftelklok starten of pauzeren</source>
        <translation>Start or pause the countdown</translation>
    </message>
    <message>
        <source>Opnieuw</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Tijd opnieuw instellen</source>
        <translation>Reset time</translation>
    </message>
    <message>
        <source>De aftelklok terugzetten</source>
        <translation>Reset the countdown</translation>
    </message>
    <message>
        <source>Opnieuw bij elk onderdeel</source>
        <translation>Restart for each part</translation>
    </message>
    <message>
        <source>Tijd opnieuw starten bij elk nieuw onderdeel</source>
        <translation>Restart the time for each new part</translation>
    </message>
    <message>
        <source>Als u naar een ander thema of een andere indicator gaat, begint de tijd opnieuw</source>
        <translation>When you go to another theme or another indicator, the time starts again</translation>
    </message>
    <message>
        <source>Tijd voor: {scope}</source>
        <translation>Time for: {scope}</translation>
    </message>
    <message>
        <source>Tijd is om</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <source>De tijd voor dit onderdeel is om</source>
        <translation>The time for this part is up</translation>
    </message>
    <message>
        <source>Pauze</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Tijd pauzeren</source>
        <translation>Pause time</translation>
    </message>
</context>
<context>
    <name>TipLine</name>
    <message>
        <source>Tip</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Tip tonen</source>
        <translation>Show tip</translation>
    </message>
    <message>
        <source>Een tip uit de evaluaties van de routes</source>
        <translation>A tip from the evaluations of the routes</translation>
    </message>
    <message>
        <source>Volgende tip</source>
        <translation>Next tip</translation>
    </message>
    <message>
        <source>Tip verbergen</source>
        <translation>Hide tip</translation>
    </message>
</context>
<context>
    <name>_DraftRow</name>
    <message>
        <source>Concept: {text}</source>
        <translation>Draft: {text}</translation>
    </message>
    <message>
        <source>Tekst van het concept: {text}</source>
        <translation>Text of the draft: {text}</translation>
    </message>
    <message>
        <source>Uit welk deel van het gesprek</source>
        <translation>From which part of the conversation</translation>
    </message>
    <message>
        <source>Bij welk doel hoort: {text}</source>
        <translation>Which goal this belongs to: {text}</translation>
    </message>
    <message>
        <source>Kies het ontwikkeldoel waar deze actie bij hoort</source>
        <translation>Choose the development goal this action belongs to</translation>
    </message>
    <message>
        <source>Bevestigen</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Bevestigen als actie: {text}</source>
        <translation>Confirm as action: {text}</translation>
    </message>
    <message>
        <source>Dit concept wordt een actie onder het gekozen doel</source>
        <translation>This draft becomes an action under the chosen goal</translation>
    </message>
    <message>
        <source>Weggooien</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Weggooien: {text}</source>
        <translation>Discard: {text}</translation>
    </message>
    <message>
        <source>Dit concept weggooien (Ctrl+Z zet het terug)</source>
        <translation>Discard this draft (Ctrl+Z brings it back)</translation>
    </message>
    <message>
        <source>Bij &amp;doel:</source>
        <translation>&amp;Goal:</translation>
    </message>
</context>
<context>
    <name>_FollowUpCard</name>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Deze afspraak verwijderen (Ctrl+Z zet haar terug)</source>
        <translation>Remove this appointment (Ctrl+Z brings it back)</translation>
    </message>
    <message>
        <source>Datum volgend gesprek</source>
        <translation>Date of next conversation</translation>
    </message>
    <message>
        <source>Wie nodigt uit</source>
        <translation>Who sends the invitation</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: de routecoördinator</source>
        <translation>For example: the route coordinator</translation>
    </message>
    <message>
        <source>Wat voorbereiden</source>
        <translation>What to prepare</translation>
    </message>
    <message>
        <source>Wat neemt iedereen mee of zoekt iedereen uit?</source>
        <translation>What does everyone bring or look into?</translation>
    </message>
    <message>
        <source>&amp;Datum volgend gesprek</source>
        <translation>&amp;Date of next conversation</translation>
    </message>
    <message>
        <source>Wie &amp;nodigt uit</source>
        <translation>Who sends the &amp;invitation</translation>
    </message>
    <message>
        <source>Wat &amp;voorbereiden</source>
        <translation>What to &amp;prepare</translation>
    </message>
    <message>
        <source>Afspraak {number}</source>
        <translation>Appointment {number}</translation>
    </message>
    <message>
        <source>Vervolgafspraak {number}</source>
        <translation>Follow-up agreement {number}</translation>
    </message>
    <message>
        <source>Vervolgafspraak {number} verwijderen</source>
        <translation>Remove follow-up agreement {number}</translation>
    </message>
</context>
<context>
    <name>_IndicatorButton</name>
    <message>
        <source>Indicator {number}, gekozen. {text} Druk op spatie om te weglaten.</source>
        <translation>Indicator {number}, chosen. {text} Press Space to leave it out.</translation>
    </message>
    <message>
        <source>Indicator {number}, niet gekozen. {text} Druk op spatie om te kiezen.</source>
        <translation>Indicator {number}, not chosen. {text} Press Space to choose it.</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Naam (mag leeg blijven)</source>
        <translation>Name (may be left empty)</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Deelnemer verwijderen</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <source>Rol van deelnemer {n}</source>
        <translation>Role of participant {n}</translation>
    </message>
    <message>
        <source>Organisatie van deelnemer {n}</source>
        <translation>Organisation of participant {n}</translation>
    </message>
    <message>
        <source>Naam van deelnemer {n} (mag leeg blijven)</source>
        <translation>Name of participant {n} (may be left empty)</translation>
    </message>
    <message>
        <source>Deelnemer {n} verwijderen</source>
        <translation>Remove participant {n}</translation>
    </message>
</context>
</TS>
