# The theme and its templates (themes/<theme>/templates/), and the site's UI
# strings (i18n/<lang>.ftl): files that cannot be read, syntax, missing keys.

site-strings-cannot-read = cannot read UI strings: { $reason }
site-strings-cannot-read-hint = create it; until then '{ $lang }' pages use the default language's strings
site-fluent-syntax = Fluent syntax: { $error }
site-fluent-syntax-hint = see https://projectfluent.org/fluent/guide/ for the syntax
site-message-twice = message '{ $id }' is defined twice
site-message-twice-hint = remove or rename one of the two definitions
site-missing-key = missing key '{ $key }' in language '{ $lang }'
site-missing-key-hint = add `{ $key } = ...`; until then the '{ $default }' text is shown
site-missing-key-used-hint = add `{ $key } = ...`; the default language's text was used
site-undefined-reference = message '{ $id }' refers to '{ $other }', which this file does not define
site-undefined-reference-hint = define `{ $other } = ...` in this file, or write the text itself
site-reference-cycle = messages { $names } refer to one another in a cycle, so none can be shown
site-reference-cycle-hint = write the text itself in one of them

site-theme-no-templates = theme '{ $theme }' has no templates folder
site-theme-no-templates-hint = set `theme:` in sala.yaml to a folder under themes/ (the bundled one is `default`)
site-include-loop = templates include one another in a loop: { $chain }
site-include-loop-hint = remove the include that leads back to a template already on the way
site-tag-not-closed = `{"{"}% { $tag } %{"}"}` is never closed
site-tag-not-closed-hint = add `{"{"}% end{ $tag } %{"}"}` where its part ends
site-template-error = template error: { $error }
site-template-error-hint = fix the template syntax (Tera 2: {"{{"} ... {"}}"}, {"{"}% ... %{"}"})
site-missing-template = missing template '{ $name }'
site-missing-template-hint = every theme needs: { $names }
