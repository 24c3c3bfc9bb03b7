# terminology.yaml (thuật ngữ nên dùng và các biến thể cần tránh), cảnh báo khi
# văn bản của trang web dùng biến thể cần tránh, và soát lỗi: từ bị viết lặp,
# năm bị ghi hai lần hoặc không khớp giữa hai lịch.

text-terminology-shape-hint = mỗi khái niệm gồm: id, và cho từng ngôn ngữ {"{"}use: thuật ngữ nên dùng, avoid: [các biến thể]{"}"}
text-not-a-list = cần một danh sách các khái niệm
text-concept-not-a-map = khái niệm thứ { $n } không được viết thành các dòng `key: value`
text-concept-bad-id = id '{ $id }' của khái niệm không đúng dạng
text-concept-bad-id-hint = id chỉ gồm chữ thường, chữ số, - và _, ví dụ id: policy-dialogue
text-concept-no-id = khái niệm thứ { $n } chưa có id
text-concept-twice = khái niệm '{ $id }' được liệt kê hai lần
text-concept-twice-hint = hãy gộp hai mục làm một
text-concept-unknown-key = không nhận ra khóa hoặc ngôn ngữ '{ $key }' trong khái niệm '{ $id }'
text-concept-unknown-key-hint = hãy chỉ dùng id và các mã ngôn ngữ: { $codes }
text-concept-no-preferred = khái niệm '{ $id }' chưa có thuật ngữ nên dùng cho ngôn ngữ '{ $lang }'
text-concept-no-preferred-hint = hãy ghi thuật ngữ nên dùng: {"{"}use: ..., avoid: [...]{"}"}
text-concept-bad-terms = khái niệm '{ $id }', ngôn ngữ '{ $lang }': { $error }
text-concept-bad-terms-hint = cho từng ngôn ngữ: {"{"}use: thuật ngữ nên dùng, avoid: [các biến thể], except: [các từ ngoại lệ]{"}"}
text-variant-is-preferred = '{ $variant }' vừa là biến thể cần tránh của '{ $id }' vừa là thuật ngữ nên dùng của '{ $owner }' ({ $lang })
text-variant-is-preferred-hint = hãy bỏ nó khỏi `avoid:`
text-variant-twice = '{ $variant }' được ghi là biến thể cần tránh cho cả '{ $other }' và '{ $id }' ({ $lang })
text-variant-twice-hint = hãy ghi mỗi biến thể dưới một khái niệm duy nhất

text-avoided-variant = '{ $found }' là cách gọi cần tránh của khái niệm { $concept }
text-avoided-variant-hint = hãy viết '{ $preferred }'

text-written-twice = '{ $text }' bị viết hai lần liền nhau
text-written-twice-hint = hãy chỉ viết '{ $text }' một lần
text-year-twice = năm '{ $year }' bị ghi hai lần trong cùng một mốc thời gian
text-year-twice-hint = hãy ghi mỗi năm một lần, ví dụ 'พ.ศ. 2559 (ค.ศ. 2016)'
text-years-differ = '{ $buddhist }' và '{ $common }' không phải cùng một năm (năm Phật lịch bằng năm Công lịch cộng 543)
text-years-differ-hint = năm ค.ศ. { $common } là năm พ.ศ. { $buddhist }
