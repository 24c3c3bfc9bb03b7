# ลิงก์ระหว่างหน้า: ลิงก์ไปยังหน้าและหัวข้อที่เสีย หน้าที่ไม่มีหน้าใดลิงก์มา คำแปล
# (ขาด ล้าสมัย ใช้คีย์ซ้ำ) คำแนะนำเมื่อลิงก์ไม่พบปลายทาง และสองแหล่งที่เขียน
# ไฟล์ผลลัพธ์เดียวกัน

link-broken = ลิงก์เสีย '{ $href }': { $reason }
link-outside-content = '{ $href }' ชี้ออกไปนอกโฟลเดอร์ content/
link-no-file = ไม่มีไฟล์ content/{ $path }
link-unsafe = ลบลิงก์ไปยังที่อยู่แบบ '{ $scheme }:' ออกแล้ว เพราะอาจเรียกใช้สคริปต์หรือเปิดสิ่งที่อยู่นอกเว็บไซต์
link-unsafe-hint = ลิงก์ชี้ไปยังไฟล์ .md ด้วยเส้นทางแบบสัมพัทธ์ได้ หรือใช้ http, https, mailto หรือ tel
link-broken-anchor = ลิงก์ไปยังหัวข้อเสีย '{ $href }': { $page } ไม่มีหัวข้อที่มี id '{ $anchor }'
link-broken-anchor-hint = หมายถึง '#{ $suggestion }' ใช่หรือไม่
link-no-headings-hint = หน้าปลายทางไม่มีหัวข้อเลย
link-headings-hint = id ของหัวข้อในหน้านั้น: { $anchors }

link-md-extension-hint = ลิงก์ไปยังไฟล์ต้นทางโดยใส่นามสกุล .md ด้วย
link-built-address-hint = ลิงก์ไปยังไฟล์ต้นทางของหน้า ไม่ใช่ที่อยู่เว็บที่สร้างแล้ว: '{ $link }'
link-did-you-mean-hint = หมายถึง '{ $link }' ใช่หรือไม่
link-title-matches-hint = หมายถึง '{ $link }' ใช่หรือไม่ ชื่อเรื่องของหน้านั้นตรงกับ '{ $words }'
link-pages-in-folder-hint = หน้าใน content/{ $folder }/: { $pages }
link-shared-file-hint = ไฟล์นี้เป็นไฟล์ที่ใช้ร่วมกัน ให้ลิงก์เป็น '{ $link }'
link-file-elsewhere-hint = ไฟล์อยู่ที่ content/{ $found } ให้คัดลอกไปไว้ที่ content/{ $missing } หรือย้ายไปไว้ที่ content/{ $shared } ครั้งเดียว แล้วลิงก์จากทุกภาษาเป็น '{ $link }'

link-orphan = ไม่มีหน้าอื่นลิงก์มายังหน้านี้
link-orphan-hint = ใส่ลิงก์มายังหน้านี้จาก _index.md ของหมวด หรือจากหน้าที่เกี่ยวข้อง

link-no-translation = ยังไม่มีคำแปลภาษา: { $languages }
link-no-translation-hint = เพิ่ม { $files } (ใช้เส้นทางเดียวกันในโฟลเดอร์ของแต่ละภาษา)
link-stale-translation = อาจไม่เป็นปัจจุบัน: { $other } ปรับปรุงเมื่อ { $newer } แต่หน้านี้ปรับปรุงเมื่อ { $mine }
link-stale-translation-hint = ปรับเนื้อหาให้เป็นปัจจุบัน แล้วกำหนด `updated:` ในส่วนหัวของหน้า (front matter)
link-translation-key-twice = หน้าภาษา '{ $lang }' สองหน้าใช้คีย์คำแปล '{ $key }' ร่วมกัน: { $first } และ { $second }
link-translation-key-twice-hint = กำหนด translation_key ของหน้าใดหน้าหนึ่งให้ต่างออกไป

link-output-taxonomy-list = หน้ารายการของการจัดหมวดหมู่ '{ $taxonomy }'
link-output-term-page = หน้าของรหัส '{ $term }' ใน { $taxonomy }
link-output-print-book = ฉบับพิมพ์ของหมวด { $section }
link-output-search-page = หน้าค้นหา
link-output-not-found-page = หน้าแจ้งว่าไม่พบหน้า (404)
link-output-atom-feed = ฟีด Atom
link-output-file = ไฟล์ { $path }
link-output-replaces-sala = { $what } จะเขียนทับ { $url } ซึ่งเป็นไฟล์ของ sala เอง
link-output-replaces-sala-hint = เปลี่ยนชื่อ เพราะ search/, assets/, index.html, 404.html, sitemap.xml และ README.txt ที่ชั้นบนสุดของเว็บไซต์เป็นของ sala
link-output-both-write = { $first } และ { $second } จะเขียนลงไฟล์ { $url } เดียวกัน
link-output-both-write-hint = เปลี่ยนชื่ออย่างใดอย่างหนึ่ง (หรือกำหนด `slug:` ให้หน้า หรือ `slug:` ให้การจัดหมวดหมู่ใน sala.yaml)
