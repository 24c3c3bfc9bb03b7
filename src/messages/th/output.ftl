# การสร้างเว็บไซต์: โฟลเดอร์ผลลัพธ์ที่ sala ดูแล (และเมื่อใดที่ไม่ยอมใช้โฟลเดอร์นั้น)
# การอ่านหน้าและ glossary.yaml เทมเพลตที่ผิดพลาด การเขียนไฟล์ สคริปต์ของดัชนีการค้นหา
# ฉบับพิมพ์ และไฟล์บีบอัดสำหรับใช้งานออฟไลน์

## โฟลเดอร์ผลลัพธ์
output-symlink = โฟลเดอร์ผลลัพธ์เป็นทางลัด (symlink)
output-symlink-hint = ระบุโฟลเดอร์จริงที่ทางลัดชี้ไป หรือโฟลเดอร์ใหม่
output-root-unreadable = เปิดโฟลเดอร์รากของเว็บไซต์ไม่ได้: { $error }
output-cannot-resolve = หาตำแหน่งที่แท้จริงของเส้นทางไม่ได้: { $error }
output-is-root = โฟลเดอร์ผลลัพธ์คือโฟลเดอร์รากของเว็บไซต์: หากสร้างเว็บไซต์ลงที่นั่น ไฟล์ต้นทางจะถูกลบ
output-contains-root = โฟลเดอร์รากของเว็บไซต์อยู่ภายในโฟลเดอร์ผลลัพธ์: หากสร้างเว็บไซต์ลงที่นั่น ไฟล์ต้นทางจะถูกลบ
output-own-folder-hint = ระบุโฟลเดอร์ผลลัพธ์แยกต่างหาก เช่น --out public
output-inside-sources = โฟลเดอร์ผลลัพธ์อยู่ในโฟลเดอร์ต้นทาง { $folder }/
output-inside-sources-hint = ระบุโฟลเดอร์ผลลัพธ์ที่อยู่นอก content/, themes/ และ i18n/ เช่น --out public
output-filesystem-root = โฟลเดอร์ผลลัพธ์คือโฟลเดอร์รากของระบบไฟล์
output-filesystem-root-hint = ระบุโฟลเดอร์แยกต่างหาก เช่น --out public
output-is-file = ตำแหน่งผลลัพธ์ที่ระบุเป็นไฟล์ ไม่ใช่โฟลเดอร์: หากสร้างเว็บไซต์ ไฟล์นี้จะถูกลบ
output-is-file-hint = ระบุชื่อโฟลเดอร์สำหรับเว็บไซต์ เช่น --out public
output-dir-hint = ตั้งค่า `output_dir:` เป็นโฟลเดอร์แยกต่างหาก เช่น output_dir: public
output-manifest-damaged = ไฟล์ { $manifest } ในโฟลเดอร์ผลลัพธ์เสียหาย (ไม่ใช่ข้อความ) sala จึงไม่ทราบว่าเคยเขียนไฟล์ใดไว้ที่นั่น
output-manifest-damaged-hint = ลบโฟลเดอร์ผลลัพธ์หากในนั้นไม่มีสิ่งใดที่ต้องเก็บไว้ หรือใช้ --force เพื่อแทนที่โฟลเดอร์และทุกอย่างในนั้น
output-not-empty = โฟลเดอร์ผลลัพธ์ไม่ว่าง และไม่ใช่โฟลเดอร์ที่ sala สร้าง: หากสร้างเว็บไซต์ สิ่งที่อยู่ในนั้นจะถูกลบ
output-not-empty-hint = ระบุโฟลเดอร์ใหม่หรือโฟลเดอร์ว่างด้วย --out หรือใช้ --force เพื่อแทนที่โฟลเดอร์นี้และทุกอย่างในนั้น
output-foreign-files = โฟลเดอร์ผลลัพธ์มีไฟล์ { $count } ไฟล์ที่ sala ไม่ได้เขียน: { $files }
output-foreign-files-hint = ย้ายไฟล์เหล่านี้ออกจากโฟลเดอร์ผลลัพธ์ (การสร้างเว็บไซต์จะแทนที่โฟลเดอร์นี้ทั้งหมด) หรือใช้ --force เพื่อลบทิ้ง
output-lock-symlink = ไฟล์ล็อกของการสร้างเว็บไซต์ที่อยู่ข้างโฟลเดอร์ผลลัพธ์เป็นทางลัด (symlink)
output-lock-symlink-hint = ลบทางลัดนั้นออก sala จะสร้างไฟล์ล็อกขึ้นเองเมื่อสร้างเว็บไซต์
output-lock-cannot-create = สร้างไฟล์ล็อกของการสร้างเว็บไซต์ไม่ได้: { $error }
output-locked = มี sala อีกตัวหนึ่งกำลังสร้างเว็บไซต์ลงใน { $path } อยู่ในขณะนี้
output-locked-hint = รอให้เสร็จก่อน แล้วจึงสร้างเว็บไซต์อีกครั้ง
output-cannot-lock = ล็อกไม่ได้: { $error }

## การเขียนไฟล์ (เหตุผลจากระบบจะตามหลังเครื่องหมาย ':')
output-cannot-clear = ลบสิ่งที่อยู่ใน { $path } ไม่ได้
output-cannot-create = สร้าง { $path } ไม่ได้
output-cannot-write-in = เขียนลงใน { $path } ไม่ได้
output-cannot-write = เขียน { $path } ไม่ได้
output-cannot-read-path = อ่าน { $path } ไม่ได้
output-cannot-write-manifest = เขียนไฟล์รายการผลลัพธ์ (manifest) ไม่ได้
output-cannot-move-aside = ย้าย { $path } ไปพักไว้ชั่วคราวไม่ได้
output-cannot-move-in = ย้ายเว็บไซต์ใหม่เข้าไปที่ { $path } ไม่ได้
output-bookkeeping = บันทึกรายการไฟล์ผลลัพธ์ไม่สำเร็จ
output-written-twice = ไฟล์สองไฟล์ในการสร้างเว็บไซต์ครั้งนี้จะถูกเขียนลงที่เดียวกันคือ '{ $path }' (ไฟล์แรกเขียนเป็น '{ $first }')
output-path-refused = ไม่ยอมเขียน '{ $path }' เพราะอาจหลุดออกไปนอกโฟลเดอร์ผลลัพธ์: เส้นทางนี้{ $why }
output-path-empty = เป็นเส้นทางว่าง
output-path-absolute = เป็นเส้นทางแบบสัมบูรณ์
output-path-backslash = มีเครื่องหมาย '\'
output-path-colon = มีเครื่องหมาย ':'
output-path-control = มีอักขระควบคุม
output-path-segment = มีส่วนที่ว่าง หรือส่วนที่เป็น `.` หรือ `..`
output-theme-link-refused = { $path }: ไม่ยอมตามทางลัด (symlink): { $reason } (คัดลอกไฟล์มาไว้ในธีมแทนการใช้ทางลัด)

## หมายเหตุท้ายการสร้างเว็บไซต์
output-note-allow-html = sala.yaml เปิด markdown.allow_html ไว้: HTML และสคริปต์ในหน้าต่าง ๆ จึงคงไว้ตามที่เขียน (ใช้เฉพาะเมื่อผู้เขียนเป็นผู้ที่ไว้วางใจได้)
output-note-no-feeds = ไม่มี sitemap.xml และฟีด Atom: ต้องระบุ `base_url:` ใน sala.yaml (ที่อยู่เว็บของเว็บไซต์)
# แถบความคืบหน้า: "กำลังสร้าง [=====>    ] 120/900 หน้า"
output-progress-rendering = กำลังสร้าง
output-progress-pages = หน้า

## การอ่านหน้า: เนื้อหาและ URL ที่สร้างจากชื่อ
output-page-not-utf8-hint = บันทึกไฟล์เป็น UTF-8 ในโปรแกรมแก้ไขข้อความ (File > Save with Encoding > UTF-8)
output-slug-no-letter = slug '{ $name }' ไม่มีตัวอักษรหรือตัวเลขที่จะใช้สร้าง URL ได้
output-name-no-letter = ชื่อโฟลเดอร์หรือไฟล์ '{ $name }' ไม่มีตัวอักษรหรือตัวเลขที่จะใช้สร้าง URL ได้
output-slug-no-letter-hint = slug คือส่วนหนึ่งของ URL: ใช้ตัวอักษร ตัวเลข และขีดกลาง เช่น slug: risks
output-slug-too-long = slug นี้ทำให้ส่วนหนึ่งของ URL ยาว { $bytes } ไบต์ เกินความยาวสูงสุดของชื่อไฟล์ซึ่งคือ { $max } ไบต์
output-name-too-long = ชื่อโฟลเดอร์หรือไฟล์นี้ทำให้ส่วนหนึ่งของ URL ยาว { $bytes } ไบต์ เกินความยาวสูงสุดของชื่อไฟล์ซึ่งคือ { $max } ไบต์
output-slug-too-long-hint = ย่อให้สั้นลง ใช้เพียงไม่กี่คำก็พอ เช่น slug: risks

## glossary.yaml
output-glossary-shape-hint = แต่ละรายการ: id, page และสำหรับแต่ละภาษา {"{"}term, definition, aliases, search{"}"}
output-glossary-bad-id = id ของรายการ '{ $id }' ไม่อยู่ในรูปแบบที่กำหนด
output-glossary-bad-id-hint = id ประกอบด้วยตัวพิมพ์เล็ก ตัวเลข - และ _ เท่านั้น เช่น id: process-manager
output-glossary-unknown-language = ไม่รู้จักภาษา '{ $lang }' ในรายการ '{ $id }'
output-glossary-undefined = ศัพท์ '{ $id }' ยังไม่มีคำนิยามในภาษา: { $langs }
output-glossary-undefined-hint = เพิ่มศัพท์และคำนิยามให้ครบทุกภาษา
output-glossary-no-term = รายการ '{ $id }' ยังไม่มี `term` ในภาษา { $lang }
output-glossary-no-term-hint = เขียนศัพท์ตามที่ผู้อ่านจะเห็น: { $lang }: {"{"}term: …, definition: …{"}"}
output-glossary-no-page = รายการ '{ $id }' ลิงก์ไปยัง { $files } ซึ่งไม่มีอยู่
output-glossary-no-page-hint = ตั้งค่า `page:` เป็นเส้นทางของไฟล์ภายในโฟลเดอร์ของแต่ละภาษา เช่น handbook/risks.md

## เทมเพลตที่ผิดพลาดขณะสร้างหน้า
output-template-failed = เทมเพลต '{ $name }' ผิดพลาดขณะสร้างหน้า { $url }: { $error }
output-template-failed-hint = ตรวจสอบ themes/{ $theme }/templates/{ $name }
output-missing-template-hint = เพิ่ม themes/{ $theme }/templates/{ $name } หรือเปลี่ยน `template:`
output-template-line-rendering = { $error } (ขณะสร้าง { $path })
output-template-line-pages-first = { $error } (ใน { $count } หน้า หน้าแรกคือ { $path })
output-template-line-pages = { $error } (ใน { $count } หน้า)
output-template-line-hint = แก้เทมเพลตที่บรรทัดนี้
output-more-like-it = { $message } (และอีก { $count } รายการในลักษณะเดียวกัน)

## ฉบับพิมพ์
output-book-rewrite = ฉบับพิมพ์: ปรับแก้ HTML ไม่ได้: { $error }

## สคริปต์การค้นหาของธีมและดัชนีการค้นหาที่สคริปต์อ่าน
output-search-version = สคริปต์นี้อ่านดัชนีการค้นหารุ่น { $version } แต่ sala รุ่นนี้สร้างดัชนีรุ่น { $current }
output-search-no-version = สคริปต์นี้อ่านดัชนีการค้นหารุ่นเก่า (ไม่ได้ระบุ INDEX_VERSION) แต่ sala รุ่นนี้สร้างดัชนีรุ่น { $current }
output-search-garbled = { $problem }: การค้นหาอาจยังพบหน้า แต่ข้อความตัดตอนที่แสดงจะผิดเพี้ยน
output-search-update-hint = ปรับสคริปต์การค้นหาของธีมนี้ (search.js และไฟล์ search-*.js ทุกไฟล์ที่อยู่ข้างกัน) ให้เป็นรุ่นเดียวกับในโฟลเดอร์ themes/default/static/ ที่มากับ sala รุ่นนี้

## ไฟล์บีบอัดสำหรับใช้งานออฟไลน์ (--archive)
output-archive-in-sources = --archive { $path }: โฟลเดอร์นี้อยู่ใน { $folder }/ ของเว็บไซต์ ซึ่งการสร้างเว็บไซต์ครั้งถัดไปจะเผยแพร่ออกไป ให้เลือกโฟลเดอร์ที่อยู่นอกโฟลเดอร์ต้นทาง
output-archive-inside = ไฟล์บีบอัด { $path } จะอยู่ภายในโฟลเดอร์ที่กำลังบีบอัดเอง คือ { $folder }
output-archive-not-ours = { $path } มีอยู่แล้ว และ sala ไม่ได้สร้างไว้: ย้ายหรือเปลี่ยนชื่อ แล้วสร้างเว็บไซต์อีกครั้ง
output-archive-cannot-move = ย้ายไฟล์บีบอัดไปที่ { $path } ไม่ได้
output-archive-comment = เขียนหมายเหตุของไฟล์บีบอัดไม่ได้
