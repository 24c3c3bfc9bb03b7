# The content/ folder as a whole: its language folders, the shared folder,
# and files that cannot be read or taken as pages.

content-no-folder = no content/ folder
content-no-folder-hint = create content/<lang>/_index.md, or run `sala new <lang>/my-page`
# `reason` says why a symbolic link was not followed.
content-skipped-link = skipped a link: { $reason }
content-skipped-link-hint = copy what it points to into content/, or remove the link
content-cannot-read = cannot read: { $why }
content-not-regular-file = cannot read: not a regular file (a FIFO, socket or device)
content-not-regular-file-hint = replace it with an ordinary file, or remove it
content-outside-language = file outside a language folder
content-outside-language-hint = move it under content/<lang>/, with <lang> one of: { $languages }
content-page-in-shared = a page in content/shared/, the folder for files every language uses
content-page-in-shared-hint = put pages under a language folder, e.g. content/en/
content-unknown-language = unknown language '{ $lang }'
content-unknown-language-hint = declare it under `languages:` in sala.yaml, or use one of: { $languages }
