# The read door: why sala refused to read a file of the site (missing, a
# link that leaves the site, a hidden name, too large, not text), and the fix.

files-cannot-read = cannot read: { $reason }
files-missing = no such file
files-missing-hint = create the file, or fix the path
files-permissions-hint = check the file's permissions
files-hidden-name = '{ $name }' is a hidden name (sala never reads dot files or folders)
files-hidden-name-hint = rename it without the leading dot, or keep it out of the site
files-outside-root = it is a link to { $path }, outside the site
files-link-into-hidden = it is a link into '{ $name }', a hidden folder or file (.git, .env) that sala never reads
files-link-hint = copy the file into the site instead of linking to it
files-link-broken = the link cannot be followed ({ $error })
files-link-leaves = the link points outside { $folder }/
files-not-regular = { $path } is not a regular file (a folder, FIFO, socket or device)
files-not-regular-hint = replace it with an ordinary file
files-too-large = the file is { $mb } MB, more than the limit of { $limit } MB
files-grew = the file grew past the limit of { $limit } MB while it was read
files-too-large-hint = split it, or keep large downloads outside the site
files-not-utf8 = the file is not valid UTF-8
files-not-utf8-hint = save it as UTF-8 in your editor
