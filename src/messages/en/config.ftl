# sala.yaml, the site's settings at its root: a file that cannot be read,
# keys serde does not know, and the checks serde cannot make.

config-missing-hint = run sala from the site's root folder, or pass --root DIR
# Shown under a hint; $yaml is a small sala.yaml, never translated.
config-example =
    for example:
    { $yaml }
config-empty = sala.yaml is empty
config-empty-hint = give at least the site title, its languages and the default one, { $example }
config-not-a-map = sala.yaml must hold settings as `key: value` lines, not a list or a single value
config-no-field = sala.yaml has no `{ $field }`
config-missing-field = missing field `{ $field }`
config-unknown-field = unknown field `{ $field }`, expected one of { $keys }
config-unknown-field-one = unknown field `{ $field }`, expected `{ $key }`
config-unknown-field-two = unknown field `{ $field }`, expected `{ $key }` or `{ $other }`
config-known-keys = known keys: { $keys }
config-known-keys-suggest = did you mean '{ $suggestion }'? Known keys: { $keys }
config-theme-not-a-name = theme '{ $theme }' is not the name of a folder under themes/
config-theme-not-a-name-hint = write the folder's name only, e.g. theme: default (for themes/default)
config-no-languages = no languages declared
config-no-languages-hint = add `languages:` with at least one `- code: en` and `name: English`
config-language-shared-folder = '{ $code }' is the folder for files every language uses, not a language
config-language-shared-folder-hint = use a language tag like vi, th, en or pt-BR
config-language-not-a-tag = language code '{ $code }' is not a language tag
config-language-not-a-tag-hint = use a tag like vi, th, en or pt-BR: it names the language's folder and URLs
config-language-twice = language '{ $code }' is declared twice
config-language-twice-hint = keep one entry per language under `languages:`
config-default-language-undeclared = default_language '{ $code }' is not one of the declared languages
config-use-one-of = use one of: { $codes }
config-text-undeclared-language = title or description given for '{ $lang }', which is not a declared language
config-text-undeclared-language-hint = keys of these maps are language codes ({ $codes }); quote a value that holds a comma: {"{"}vi: "Cẩm nang (Tokyo, 2016)"{"}"}
config-base-url = base_url '{ $url }' is not a web address
config-base-url-hint = write it as https://your.site/path (or leave it out for file:// and USB hosting)
config-label-undeclared-language = taxonomy '{ $taxonomy }' has a label for '{ $lang }', which is not a declared language
config-label-undeclared-language-hint = keys of these maps are language codes ({ $codes }); quote a label that holds a comma: {"{"}en: "Tokyo, 2016"{"}"}
config-taxonomy-name = taxonomy name '{ $name }' must be lowercase ASCII
config-taxonomy-name-hint = it is used as a front matter key and a URL segment
config-taxonomy-slug = taxonomy slug '{ $slug }' is not a single URL segment
config-taxonomy-slug-hint = use lowercase letters, digits, - and _ only, e.g. slug: source-documents
config-term-no-letter = term '{ $term }' of taxonomy '{ $taxonomy }' has no letter or digit to make a URL from
