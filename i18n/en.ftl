# UI strings of the default theme, English (the default language: other
# languages fall back to these keys).

skip-to-content = Skip to content
nav-label = Main sections
nav-all-sections = All { $count } main sections
language-switcher-label = Language
language-missing = This page is not yet available in { $language }. The link opens the home page in that language.
translation-missing = This page is not yet available in { $languages }.
breadcrumbs-label = You are here
menu = Menu
section-nav-label = Pages in this section
see-also-title = See also
section-more-title = More pages in this section
section-nav-all = All { $count } pages of this section
printed-from = Printed from
toc-title = On this page
terms-title = Topics of this page
related-title = Related guidance
backlinks-title = Pages that link here
prev-next-label = Previous and next pages
previous = Previous:
next = Next:
published-on = Published
updated-on = Updated
draft-badge = Draft
home-sections-title = Parts of the knowledge base
section-pages-title = { $count ->
    [one] One page in this section
   *[other] { $count } pages in this section
}
pages-count = { $count ->
    [one] one page
   *[other] { $count } pages
}
not-found-title = Page not found
not-found-text = The page you asked for is not here. It may have moved, or the address may be mistyped.
go-home = Go to the home page
choose-language = Choose a language
footer-offline = Works offline: this site can be opened straight from a folder, with search.

alert-note = Note
alert-tip = Tip
alert-important = Important
alert-warning = Warning
alert-caution = Caution
alert-editor = Editor's note

search-label = Search
search-placeholder = Search the knowledge base
search-no-results = No pages match your search.
search-results-count = { $count ->
    [one] One result
   *[other] { $count } results
}
search-all-languages = Search all languages
search-this-language = Search this language only
search-page-title = Search
search-loading = Searching…
search-result-in = in “{ $heading }”
search-needs-javascript = Search needs JavaScript: please turn it on in your browser.
search-showing-for = Showing results for “{ $query }”.
search-instead = Search instead for “{ $query }”
search-partial = No page has every word. Showing pages with “{ $query }”.
search-also = Also showing pages for “{ $query }”.
search-error = Search is not available: its index could not be loaded.

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-long = { $day } { $month } { $year }

# Print book (one page per section, for printing or saving as PDF) and the
# README.txt at the top of the built site and its .zip.
print-section = Print this section
print-book-label = Print version
print-book-back = ← Back to the section
print-book-hint = This page holds every page of the section, one after another, for printing. Use the button or your browser's Print command (Ctrl+P); choose “Save as PDF” to make a PDF.
print-book-print = Print or save as PDF
print-book-contents = Contents
print-book-edition = Edition of
readme-edition = Edition of { $date }
readme-open = To read it, open this folder and double-click index.html: it opens in your web browser, with no internet connection and nothing to install.
readme-server = To publish it on an intranet, copy the whole folder to any static web server (Apache, nginx, IIS or similar), at any address or sub-path; nothing needs to be configured.
readme-404 = Optional: so that a mistyped address still leads readers home, have the server show 404.html for every missing address (write the folder where the site lives instead of /kb/): nginx: error_page 404 /kb/404.html; · Apache: ErrorDocument 404 /kb/404.html · IIS (web.config): <httpErrors errorMode="Custom"><remove statusCode="404"/><error statusCode="404" path="/kb/404.html" responseMode="ExecuteURL"/></httpErrors>
readme-search = Search works offline, in every language, also when the site is opened straight from the folder or a USB stick.
readme-print = To print a whole section or save it as PDF, open the section's page and follow “Print this section”.
