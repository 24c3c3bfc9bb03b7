# ข้อความส่วนติดต่อผู้ใช้ของธีมเริ่มต้น ภาษาไทย

skip-to-content = ข้ามไปยังเนื้อหา
nav-label = เมนูหลัก
nav-all-sections = ส่วนหลักทั้งหมด { $count } ส่วน
language-switcher-label = ภาษา
language-missing = ยังไม่มีหน้านี้ในภาษา { $language } ลิงก์นี้จะเปิดหน้าแรกของภาษานั้นแทน
translation-missing = หน้านี้ยังไม่มีฉบับภาษา { $languages }
breadcrumbs-label = ตำแหน่งปัจจุบัน
menu = เมนู
section-nav-label = รายการหน้าในส่วนนี้
see-also-title = ดูเพิ่มเติม
section-more-title = หน้าเพิ่มเติมในส่วนนี้
section-nav-all = ดูหน้าทั้งหมดในส่วนนี้ ({ $count } หน้า)
printed-from = พิมพ์จาก
toc-title = ในหน้านี้
terms-title = หมวดหมู่ของหน้านี้
related-title = แนวทางที่เกี่ยวข้อง
backlinks-title = หน้าที่อ้างถึงหน้านี้
prev-next-label = หน้าก่อนหน้าและหน้าถัดไป
previous = ก่อนหน้า:
next = ถัดไป:
published-on = เผยแพร่เมื่อ
updated-on = ปรับปรุงเมื่อ
draft-badge = ฉบับร่าง
home-sections-title = ส่วนต่าง ๆ ของคลังความรู้
section-pages-title = หน้าในส่วนนี้ ({ $count } หน้า)
pages-count = { $count } หน้า
not-found-title = ไม่พบหน้าที่ต้องการ
not-found-text = ไม่พบหน้าที่ท่านต้องการ หน้านั้นอาจถูกย้าย หรือที่อยู่อาจพิมพ์ผิด
go-home = กลับไปหน้าแรก
choose-language = เลือกภาษา
footer-offline = เว็บไซต์นี้ใช้งานแบบออฟไลน์ได้ เปิดจากโฟลเดอร์ได้โดยตรง และค้นหาได้โดยไม่ต้องเชื่อมต่ออินเทอร์เน็ต

alert-note = หมายเหตุ
alert-tip = เคล็ดลับ
alert-important = ข้อสำคัญ
alert-warning = คำเตือน
alert-caution = ข้อควรระวัง
alert-editor = หมายเหตุบรรณาธิการ

search-label = ค้นหา
search-placeholder = ค้นหาในคลังความรู้
search-no-results = ไม่พบหน้าที่ตรงกับคำค้น
search-results-count = พบ { $count } รายการ
search-all-languages = ค้นหาทุกภาษา
search-this-language = ค้นหาเฉพาะภาษาไทย
search-page-title = ค้นหา
search-loading = กำลังค้นหา…
search-result-in = ในหัวข้อ “{ $heading }”
search-needs-javascript = การค้นหาต้องใช้ JavaScript โปรดเปิดใช้ JavaScript ในเบราว์เซอร์
search-showing-for = แสดงผลการค้นหาสำหรับ “{ $query }”
search-instead = ค้นหาตามที่พิมพ์ “{ $query }”
search-partial = ไม่พบหน้าที่มีคำค้นครบทุกคำ แสดงหน้าที่มี “{ $query }” แทน
search-also = แสดงหน้าที่เกี่ยวกับ “{ $query }” ด้วย
search-error = ไม่สามารถค้นหาได้ เนื่องจากโหลดดัชนีการค้นหาไม่สำเร็จ

month-1 = มกราคม
month-2 = กุมภาพันธ์
month-3 = มีนาคม
month-4 = เมษายน
month-5 = พฤษภาคม
month-6 = มิถุนายน
month-7 = กรกฎาคม
month-8 = สิงหาคม
month-9 = กันยายน
month-10 = ตุลาคม
month-11 = พฤศจิกายน
month-12 = ธันวาคม
date-long = { $day } { $month } พ.ศ. { $year_be }

# ฉบับพิมพ์ (หนึ่งหน้าต่อหนึ่งส่วน สำหรับพิมพ์หรือบันทึกเป็น PDF) และไฟล์ README.txt
# ที่อยู่บนสุดของเว็บไซต์ที่สร้างแล้วและไฟล์ .zip
print-section = พิมพ์ส่วนนี้
print-book-label = ฉบับพิมพ์
print-book-back = ← กลับไปยังส่วนนี้
print-book-hint = หน้านี้รวมทุกหน้าของส่วนนี้ไว้ต่อกันตามลำดับเพื่อการพิมพ์ กดปุ่มด้านล่างหรือใช้คำสั่งพิมพ์ของเบราว์เซอร์ (Ctrl+P) และเลือก “บันทึกเป็น PDF” เพื่อสร้างไฟล์ PDF
print-book-print = พิมพ์หรือบันทึกเป็น PDF
print-book-contents = สารบัญ
print-book-edition = ฉบับวันที่
readme-edition = ฉบับวันที่ { $date }
readme-open = วิธีอ่าน: เปิดโฟลเดอร์นี้แล้วดับเบิลคลิกไฟล์ index.html เว็บไซต์จะเปิดในเว็บเบราว์เซอร์ โดยไม่ต้องเชื่อมต่ออินเทอร์เน็ตและไม่ต้องติดตั้งโปรแกรมใด ๆ
readme-server = วิธีเผยแพร่บนอินทราเน็ต: คัดลอกทั้งโฟลเดอร์ไปไว้บนเว็บเซิร์ฟเวอร์แบบสแตติก (เช่น Apache nginx หรือ IIS) จะวางไว้ที่ตำแหน่งหรือโฟลเดอร์ย่อยใดก็ได้ โดยไม่ต้องตั้งค่าเพิ่มเติม
readme-404 = (ไม่บังคับ) เพื่อให้ผู้อ่านที่พิมพ์ที่อยู่ผิดยังกลับไปยังหน้าแรกได้ ให้ตั้งค่าเว็บเซิร์ฟเวอร์ให้แสดงไฟล์ 404.html สำหรับทุกที่อยู่ที่ไม่มีอยู่จริง (ให้แทนที่ /kb/ ด้วยโฟลเดอร์ที่วางเว็บไซต์ไว้) ดังนี้ nginx: error_page 404 /kb/404.html; · Apache: ErrorDocument 404 /kb/404.html · IIS (web.config): <httpErrors errorMode="Custom"><remove statusCode="404"/><error statusCode="404" path="/kb/404.html" responseMode="ExecuteURL"/></httpErrors>
readme-search = การค้นหาใช้งานได้แบบออฟไลน์ในทุกภาษา แม้เปิดเว็บไซต์จากโฟลเดอร์หรือแฟลชไดรฟ์ USB โดยตรง
readme-print = หากต้องการพิมพ์ทั้งส่วนหรือบันทึกเป็น PDF ให้เปิดหน้าของส่วนนั้นแล้วเลือก “พิมพ์ส่วนนี้”
