# Links between pages: broken links and anchors, pages nobody links to,
# translations (missing, out of date, sharing a key), the hints for a link
# that finds nothing, and two sources writing one output file.

# Broken links. `reason` is one of link-outside-content or link-no-file.
link-broken = broken link '{ $href }': { $reason }
link-outside-content = '{ $href }' points outside content/
link-no-file = no file content/{ $path }
link-unsafe = link to a '{ $scheme }:' address removed: it could run script or open something outside the site
link-unsafe-hint = links may be relative (to .md files), or use http, https, mailto or tel
link-broken-anchor = broken anchor '{ $href }': { $page } has no heading with id '{ $anchor }'
link-broken-anchor-hint = did you mean '#{ $suggestion }'?
link-no-headings-hint = the target page has no headings
link-headings-hint = its headings: { $anchors }

# Hints for a link that finds nothing. `link` is written as the editor would
# write it in the page.
link-md-extension-hint = link to the source file, with its .md extension
link-built-address-hint = link the page's source file, not its built address: '{ $link }'
link-did-you-mean-hint = did you mean '{ $link }'?
link-title-matches-hint = did you mean '{ $link }'? Its title matches '{ $words }'
link-pages-in-folder-hint = pages in content/{ $folder }/: { $pages }
link-shared-file-hint = the file is shared: link it as '{ $link }'
link-file-elsewhere-hint = the file is at content/{ $found }: copy it to content/{ $missing }, or move it once to content/{ $shared } and link it from every language as '{ $link }'

link-orphan = no other page links to this page
link-orphan-hint = link it from its section's _index.md or a related page

# Translations.
link-no-translation = no translation in: { $languages }
link-no-translation-hint = add { $files } (same path under each language folder)
link-stale-translation = may be out of date: { $other } was updated on { $newer }, this page on { $mine }
link-stale-translation-hint = bring it up to date, then set `updated:` in its front matter
link-translation-key-twice = two '{ $lang }' pages share translation key '{ $key }': { $first } and { $second }
link-translation-key-twice-hint = give one of them a different translation_key

# Output files. What writes a file, as the messages below name it.
link-output-taxonomy-list = the list of taxonomy '{ $taxonomy }'
link-output-term-page = the page of { $taxonomy } term '{ $term }'
link-output-print-book = the print book of { $section }
link-output-search-page = the search page
link-output-not-found-page = the not-found page
link-output-atom-feed = the Atom feed
link-output-file = the file { $path }
link-output-replaces-sala = { $what } would replace sala's own { $url }
link-output-replaces-sala-hint = rename it: search/, assets/, index.html, 404.html, sitemap.xml and README.txt at the top of the site are sala's
link-output-both-write = { $first } and { $second } both write { $url }
link-output-both-write-hint = rename one of them (or give the page a `slug:`, the taxonomy a `slug:` in sala.yaml)
