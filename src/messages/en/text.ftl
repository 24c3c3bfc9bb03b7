# terminology.yaml (preferred terms and the variants to avoid), the warnings
# for avoided variants in the site's texts, and proofreading: words written
# twice, years given twice or not matching between eras.

text-terminology-shape-hint = each concept: id, and per language {"{"}use: preferred term, avoid: [variants]{"}"}
text-not-a-list = expected a list of concepts
text-concept-not-a-map = concept { $n } is not a map
text-concept-bad-id = concept id '{ $id }' is not a plain identifier
text-concept-bad-id-hint = ids are lowercase letters, digits, - and _, e.g. id: policy-dialogue
text-concept-no-id = concept { $n } has no id
text-concept-twice = concept '{ $id }' is listed twice
text-concept-twice-hint = merge the two entries
text-concept-unknown-key = concept '{ $id }' has unknown field or language '{ $key }'
text-concept-unknown-key-hint = use id and languages: { $codes }
text-concept-no-preferred = concept '{ $id }' has no preferred term in '{ $lang }'
text-concept-no-preferred-hint = write the term to use: {"{"}use: ..., avoid: [...]{"}"}
text-concept-bad-terms = concept '{ $id }', language '{ $lang }': { $error }
text-concept-bad-terms-hint = per language: {"{"}use: preferred term, avoid: [variants], except: [words]{"}"}
text-variant-is-preferred = '{ $variant }' is both avoided for '{ $id }' and the preferred term of '{ $owner }' ({ $lang })
text-variant-is-preferred-hint = remove it from `avoid:`
text-variant-twice = '{ $variant }' is avoided for both '{ $other }' and '{ $id }' ({ $lang })
text-variant-twice-hint = list a variant under one concept

text-avoided-variant = '{ $found }' is an avoided term for { $concept }
text-avoided-variant-hint = write '{ $preferred }'

text-written-twice = '{ $text }' is written twice in a row
text-written-twice-hint = write '{ $text }' once
text-year-twice = the year '{ $year }' is given twice in one date
text-year-twice-hint = give each year once, e.g. 'พ.ศ. 2559 (ค.ศ. 2016)'
text-years-differ = '{ $buddhist }' and '{ $common }' are not the same year (the Buddhist era is the Common era plus 543)
text-years-differ-hint = ค.ศ. { $common } is พ.ศ. { $buddhist }
