# terminology.yaml (คำที่ควรใช้และคำที่ควรเลี่ยง) คำเตือนเมื่อข้อความในเว็บไซต์ใช้คำที่ควรเลี่ยง
# และการพิสูจน์อักษร: คำที่พิมพ์ซ้ำ ปีที่ระบุซ้ำ หรือปีที่ไม่ตรงกันระหว่างสองศักราช

text-terminology-shape-hint = แต่ละแนวคิด: id และสำหรับแต่ละภาษา {"{"}use: คำที่ควรใช้, avoid: [คำที่ควรเลี่ยง]{"}"}
text-not-a-list = ต้องเป็นรายการของแนวคิด
text-concept-not-a-map = แนวคิดที่ { $n } ไม่ได้เขียนเป็นบรรทัด `key: value`
text-concept-bad-id = id ของแนวคิด '{ $id }' ไม่อยู่ในรูปแบบที่กำหนด
text-concept-bad-id-hint = id ประกอบด้วยตัวพิมพ์เล็ก ตัวเลข - และ _ เท่านั้น เช่น id: policy-dialogue
text-concept-no-id = แนวคิดที่ { $n } ไม่มี id
text-concept-twice = ระบุแนวคิด '{ $id }' ไว้สองครั้ง
text-concept-twice-hint = รวมสองรายการให้เป็นรายการเดียว
text-concept-unknown-key = ไม่รู้จักช่องข้อมูลหรือภาษา '{ $key }' ในแนวคิด '{ $id }'
text-concept-unknown-key-hint = ใช้เฉพาะ id และภาษา: { $codes }
text-concept-no-preferred = แนวคิด '{ $id }' ยังไม่มีคำที่ควรใช้ในภาษา '{ $lang }'
text-concept-no-preferred-hint = ระบุคำที่ควรใช้: {"{"}use: ..., avoid: [...]{"}"}
text-concept-bad-terms = แนวคิด '{ $id }' ภาษา '{ $lang }': { $error }
text-concept-bad-terms-hint = สำหรับแต่ละภาษา: {"{"}use: คำที่ควรใช้, avoid: [คำที่ควรเลี่ยง], except: [คำที่ยกเว้น]{"}"}
text-variant-is-preferred = '{ $variant }' เป็นทั้งคำที่ควรเลี่ยงของ '{ $id }' และคำที่ควรใช้ของ '{ $owner }' ({ $lang })
text-variant-is-preferred-hint = นำคำนี้ออกจาก `avoid:`
text-variant-twice = '{ $variant }' เป็นคำที่ควรเลี่ยงของทั้ง '{ $other }' และ '{ $id }' ({ $lang })
text-variant-twice-hint = ระบุคำที่ควรเลี่ยงแต่ละคำไว้ใต้แนวคิดเดียวเท่านั้น

text-avoided-variant = '{ $found }' เป็นคำที่ควรเลี่ยงสำหรับ { $concept }
text-avoided-variant-hint = ใช้ '{ $preferred }' แทน

text-written-twice = พิมพ์ '{ $text }' ซ้ำสองครั้งติดกัน
text-written-twice-hint = เขียน '{ $text }' เพียงครั้งเดียว
text-year-twice = ระบุปี '{ $year }' ซ้ำสองครั้งในวันที่เดียวกัน
text-year-twice-hint = ระบุแต่ละปีเพียงครั้งเดียว เช่น 'พ.ศ. 2559 (ค.ศ. 2016)'
text-years-differ = '{ $buddhist }' และ '{ $common }' ไม่ใช่ปีเดียวกัน (พุทธศักราชเท่ากับคริสต์ศักราชบวก 543)
text-years-differ-hint = ค.ศ. { $common } ตรงกับ พ.ศ. { $buddhist }
