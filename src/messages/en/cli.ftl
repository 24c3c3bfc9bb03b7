# sala's own words on the command line: labels of every diagnostic, group
# headers, and the lines that end a build, a check and `sala new`.

diag-error = error
diag-warning = warning
diag-hint = hint
# The header above each group of problems, e.g. "── link: 3 errors ──".
diag-group = ── { $kind }: { $severity ->
        [error] { $n ->
            [one] 1 error
           *[other] { $n } errors
        }
       *[warning] { $n ->
            [one] 1 warning
           *[other] { $n } warnings
        }
    } ──

kind-config = config
kind-content = content
kind-front-matter = front matter
kind-glossary = glossary
kind-i18n = i18n
kind-link = link
kind-markdown = markdown
kind-new = new
kind-orphan = orphan
kind-output = output
kind-terminology = terminology
kind-text = text
kind-theme = theme
kind-write = write
kind-translation = translation
kind-stale-translation = stale translation

cli-build-failed = build failed: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }; the previous site was left as it was
cli-checked = checked { $pages } pages: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }
cli-built = built { $pages } pages ({ $languages }), { $files } files, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    } in { $seconds }s
cli-archive = archive { $path } ({ $files } files, { $mb } MB) in { $seconds }s
cli-note = note
cli-open = open { $path }
cli-created = created { $path }
