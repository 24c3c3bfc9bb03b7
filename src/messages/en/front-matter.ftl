# Front matter (the YAML between the two `---` lines at the top of a page),
# the YAML reader's own problems, and the checks on a page's text.

fm-missing = missing front matter
fm-missing-hint = start the file with a line `---`, then `title: ...`, then a closing `---`
fm-not-closed = front matter is not closed
fm-not-closed-hint = add a line `---` after the last front matter field
fm-terms-not-list = '{ $key }' must be a list of terms
fm-terms-not-list-hint = write it as { $key }: [term-one, term-two]
fm-term-no-letter = { $key } term '{ $term }' has no letter or digit to make a URL from
fm-unknown-term = unknown { $key } term '{ $term }'
fm-unknown-term-suggest = did you mean '{ $suggestion }'? Terms are declared under taxonomies in sala.yaml
fm-unknown-term-hint = declare the term under this taxonomy in sala.yaml
fm-unknown-field = unknown field '{ $key }'
fm-known-fields = known fields: { $fields }
fm-missing-title = missing title
fm-missing-title-hint = add `title: ...` to the front matter
fm-date-no-such-day = invalid date '{ $value }': there is no such day in the calendar
fm-date-not-a-date = invalid date '{ $value }': write it as YYYY-MM-DD
fm-date-hint = write dates as year-month-day, e.g. date: 2026-11-24
fm-number-hint = use a small whole number, e.g. weight: 10
fm-yaml-hint = front matter is YAML: `key: value` per line, lists as [a, b]
fm-colon-hint = quote a value that contains a colon: title: "Part 1: Basics"
fm-tab = line { $line } starts with a tab: indent with spaces
fm-tab-hint = YAML indents with spaces only: replace the tab with two spaces
fm-twice = '{ $key }' is given twice
fm-twice-hint = keep one of the two lines

# Shared by front matter and sala.yaml.
did-you-mean = did you mean '{ $suggestion }'?
term-no-letter-hint = name terms with letters or digits, e.g. risk-management

yaml-too-large = the number { $number } is too large: a whole number of at most 9223372036854775807 is expected
yaml-quote-not-closed = this quoted value is not closed
yaml-no-colon = this line has no ':' between a key and its value
yaml-list-not-closed = this list, opened with '[', is not closed with ']'
yaml-map-not-closed = this map, opened with '{"{"}', is not closed with '{"}"}'
yaml-bad-character = a character YAML cannot read here (a tab? YAML indents with spaces only)
yaml-indentation = this line does not fit the lines above: check its indentation and its ':'
yaml-too-deep = lists or maps nested more than { $levels } levels deep

lint-empty-description = the description is empty
lint-empty-description-hint = write one sentence on what the page gives its reader (search results and link previews show it), or remove the line
lint-future-date = { $key }: { $date } is in the future
lint-future-date-hint = check the year and month; the offline package and print books are dated by the newest date
lint-unclosed-fence = this code block is never closed: the rest of the page is shown as code
lint-unclosed-fence-hint = close it with a line of the same fence (```), or remove the fence
lint-unclosed-raw = this <{ $tag }> is never closed: the rest of the page disappears with it
lint-unclosed-raw-hint = remove it, or close it with </{ $tag }>
lint-too-deep = blocks or HTML elements nested more than { $levels } levels deep
lint-too-deep-hint = flatten the quotes, lists or HTML elements here
