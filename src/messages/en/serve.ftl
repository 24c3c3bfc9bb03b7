# `sala serve`: its lines in the terminal and the overlay over the page in the
# browser when a save breaks the build.

serve-overlay-title = sala: the site could not be rebuilt
serve-overlay-note = Fix the file and save: this message goes away by itself.

serve-built = built in { $ms } ms
serve-serving = serving { $address } (Ctrl-C to stop)
serve-open-to-network = listening on { $bind } opens the preview to the network
serve-took = { $what } in { $ms } ms
serve-stopped = stopped
serve-build-failed = build failed (the last good pages are still served)
serve-index-updated = search index updated in { $ms } ms
serve-index-not-updated = search index not updated: { $why }
serve-books-not-updated = print books not updated: { $why }
serve-nothing-to-do = nothing to do
serve-re-rendered = re-rendered { $pages ->
        [one] 1 page
       *[other] { $pages } pages
    }{ $searched ->
        [yes] , search updated
       *[no] {""}
    }
serve-rebuilt = rebuilt the site
serve-cannot-open = cannot open { $path }
serve-cannot-listen = cannot listen on { $address }: is another program using it? Try another port with --port
serve-cannot-start = cannot start the preview server
