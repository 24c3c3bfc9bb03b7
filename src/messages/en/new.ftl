# `sala new <lang>/<section>/<name>`: why a new page cannot be made there.

new-usage-hint = write it as <lang>/<section>/<name>, e.g. vi/handbook/my-page
new-names-a-folder = '{ $path }' names a folder, not a page
new-no-latin = '{ $name }' has no Latin letter or digit to make a file name from
new-no-latin-hint = give the file a Latin name and the title in words, e.g. sala new { $section }/my-page --title "{ $name }"
new-no-language = '{ $path }' does not start with a language
new-no-language-hint = { new-usage-hint }, with <lang> one of: { $languages }
new-not-a-page-path = '{ $path }' is not a page path
new-not-a-page-path-hint = { new-usage-hint }; a page sits in a section (its folder holds an _index.md)
new-reserved-name = '{ $name }' is a name sala keeps for itself (every section's print book is at { $name }/)
new-reserved-name-hint = choose another name, e.g. { $section }/{ $name }-guide
new-exists = the page already exists
new-exists-hint = choose another name, or edit it
new-not-a-section = content/{ $section }/ is not a section: it has no _index.md
new-not-a-section-hint = create the section's _index.md first (with a title), or put the page in an existing section
new-empty-title = the title is empty
new-empty-title-hint = pass --title "..."
