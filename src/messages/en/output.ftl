# Building the site: the output folder sala owns (and when it refuses one),
# reading pages and glossary.yaml, templates failing on pages, writing files,
# the search index's scripts, print books and the offline archive.

## The output folder.
output-symlink = the output folder is a symbolic link
output-symlink-hint = give the real folder the link points to, or a new folder
output-root-unreadable = cannot open the site root: { $error }
output-cannot-resolve = cannot resolve: { $error }
output-is-root = the output folder is the site's root: building there would delete the sources
output-contains-root = the output folder contains the site's root: building there would delete the sources
output-own-folder-hint = give an output folder of its own, e.g. --out public
output-inside-sources = the output folder lies inside the source folder { $folder }/
output-inside-sources-hint = give an output folder outside content/, themes/ and i18n/, e.g. --out public
output-filesystem-root = the output folder is a file system root
output-filesystem-root-hint = give a folder of its own, e.g. --out public
output-is-file = the output is a file, not a folder: building would delete it
output-is-file-hint = give a folder name for the site, e.g. --out public
output-dir-hint = set `output_dir:` to a folder of its own, e.g. output_dir: public
output-manifest-damaged = the output folder's { $manifest } is damaged (not text), so sala cannot tell which files it wrote there
output-manifest-damaged-hint = delete the output folder if nothing in it needs keeping, or pass --force to replace it and everything in it
output-not-empty = the output folder is not empty and was not made by sala: building would delete what is in it
output-not-empty-hint = give a new or empty folder with --out, or pass --force to replace this folder and everything in it
output-foreign-files = the output folder holds { $count } file(s) that sala did not write: { $files }
output-foreign-files-hint = move them out of the output folder (a build replaces it), or pass --force to delete them
output-lock-symlink = the build lock beside the output folder is a symbolic link
output-lock-symlink-hint = delete the link; a build creates the lock file itself
output-lock-cannot-create = cannot create the build lock: { $error }
output-locked = another sala build is writing { $path } right now
output-locked-hint = wait for it to finish, then build again
output-cannot-lock = cannot lock: { $error }

## Writing files (the system's reason follows after a colon).
output-cannot-clear = cannot clear { $path }
output-cannot-create = cannot create { $path }
output-cannot-write-in = cannot write in { $path }
output-cannot-write = cannot write { $path }
output-cannot-read-path = cannot read { $path }
output-cannot-write-manifest = cannot write the output manifest
output-cannot-move-aside = cannot move aside { $path }
output-cannot-move-in = cannot move the new site into { $path }
output-bookkeeping = output bookkeeping failed
output-written-twice = two files of this build would both be written to '{ $path }' (first as '{ $first }')
output-path-refused = refused to write '{ $path }' outside or around the output folder: it has { $why }
output-path-empty = an empty path
output-path-absolute = an absolute path
output-path-backslash = a backslash
output-path-colon = a colon
output-path-control = a control character
output-path-segment = an empty, `.` or `..` segment
output-theme-link-refused = { $path }: refused a link: { $reason } (copy the file into the theme instead of linking to it)

## Notes at the end of a build.
output-note-allow-html = markdown.allow_html is on in sala.yaml: raw HTML and scripts in pages were kept as written (trusted authors only)
output-note-no-feeds = no sitemap.xml or Atom feeds: they need `base_url:` in sala.yaml (the site's web address)
# The progress bar: "rendering [=====>    ] 120/900 pages".
output-progress-rendering = rendering
output-progress-pages = pages

## Reading pages: their text and the URL made from their names.
output-page-not-utf8-hint = save the file as UTF-8 in your editor (File > Save with Encoding > UTF-8)
output-slug-no-letter = the slug '{ $name }' has no letter or digit to make a URL from
output-name-no-letter = the folder or file name '{ $name }' has no letter or digit to make a URL from
output-slug-no-letter-hint = a slug is one URL segment: letters, digits and dashes, e.g. slug: risks
output-slug-too-long = the slug makes a URL segment of { $bytes } bytes, more than the { $max } a file name may have
output-name-too-long = the folder or file name makes a URL segment of { $bytes } bytes, more than the { $max } a file name may have
output-slug-too-long-hint = shorten it: a few words are enough, e.g. slug: risks

## glossary.yaml
output-glossary-shape-hint = each entry: id, page, and per language {"{"}term, definition, aliases, search{"}"}
output-glossary-bad-id = entry id '{ $id }' is not a plain identifier
output-glossary-bad-id-hint = ids are lowercase letters, digits, - and _, e.g. id: process-manager
output-glossary-unknown-language = entry '{ $id }' has unknown language '{ $lang }'
output-glossary-undefined = term '{ $id }' is not defined in: { $langs }
output-glossary-undefined-hint = add the term and its definition in every language
output-glossary-no-term = entry '{ $id }' has no `term` in { $lang }
output-glossary-no-term-hint = write the term as readers see it: { $lang }: {"{"}term: …, definition: …{"}"}
output-glossary-no-page = entry '{ $id }' links to { $files }, which does not exist
output-glossary-no-page-hint = set `page:` to a file path inside each language folder, e.g. handbook/risks.md

## Templates failing on pages.
output-template-failed = template '{ $name }' failed for { $url }: { $error }
output-template-failed-hint = check themes/{ $theme }/templates/{ $name }
output-missing-template-hint = add themes/{ $theme }/templates/{ $name }, or change `template:`
output-template-line-rendering = { $error } (rendering { $path })
output-template-line-pages-first = { $error } (on { $count } pages, the first { $path })
output-template-line-pages = { $error } (on { $count } pages)
output-template-line-hint = fix the template at this line
output-more-like-it = { $message } (and { $count } more like it)

## Print books.
output-book-rewrite = print book: cannot rewrite its HTML: { $error }

## The theme's search scripts and the search index they read.
output-search-version = this script reads search index version { $version }; this sala writes version { $current }
output-search-no-version = this script reads an older search index (it names no INDEX_VERSION); this sala writes version { $current }
output-search-garbled = { $problem }: search may find pages but show their excerpts garbled
output-search-update-hint = update this theme's search scripts (search.js and every search-*.js beside it) from the themes/default/static/ folder that comes with this version of sala

## The offline archive (--archive).
output-archive-in-sources = --archive { $path }: the folder is inside the site's { $folder }/, which the next build would publish; choose a folder outside the sources
output-archive-inside = the archive { $path } would be inside the folder it packs, { $folder }
output-archive-not-ours = { $path } exists and was not made by sala: move or rename it, then build again
output-archive-cannot-move = cannot move the archive to { $path }
output-archive-comment = cannot write the archive comment
