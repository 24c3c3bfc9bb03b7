# sala.yaml ไฟล์การตั้งค่าที่โฟลเดอร์รากของเว็บไซต์: ไฟล์ที่อ่านไม่ได้
# ช่องข้อมูลที่ไม่รู้จัก และการตรวจที่ตัวอ่าน YAML ทำเองไม่ได้

config-missing-hint = เรียกใช้ sala จากโฟลเดอร์รากของเว็บไซต์ หรือระบุ --root DIR
# แสดงในคำแนะนำ; $yaml คือตัวอย่าง sala.yaml ไม่ต้องแปล
config-example =
    ตัวอย่างเช่น:
    { $yaml }
config-empty = sala.yaml ว่างเปล่า
config-empty-hint = ระบุอย่างน้อยชื่อเว็บไซต์ ภาษาของเว็บไซต์ และภาษาหลัก { $example }
config-not-a-map = sala.yaml ต้องเขียนการตั้งค่าเป็นบรรทัด `key: value` ไม่ใช่รายการหรือค่าเดี่ยว
config-no-field = sala.yaml ไม่มี `{ $field }`
config-missing-field = ไม่มีช่องข้อมูล `{ $field }`
config-unknown-field = ไม่รู้จักช่องข้อมูล `{ $field }` ช่องข้อมูลที่ใช้ได้คือ { $keys }
config-unknown-field-one = ไม่รู้จักช่องข้อมูล `{ $field }` ช่องข้อมูลที่ใช้ได้มีเพียง `{ $key }`
config-unknown-field-two = ไม่รู้จักช่องข้อมูล `{ $field }` ช่องข้อมูลที่ใช้ได้คือ `{ $key }` หรือ `{ $other }`
config-known-keys = ช่องข้อมูลที่ใช้ได้: { $keys }
config-known-keys-suggest = หมายถึง '{ $suggestion }' ใช่หรือไม่ ช่องข้อมูลที่ใช้ได้: { $keys }
config-theme-not-a-name = ธีม '{ $theme }' ไม่ใช่ชื่อโฟลเดอร์ใน themes/
config-theme-not-a-name-hint = เขียนเฉพาะชื่อโฟลเดอร์ เช่น theme: default (สำหรับ themes/default)
config-no-languages = ยังไม่ได้ประกาศภาษาใด
config-no-languages-hint = เพิ่ม `languages:` โดยมีอย่างน้อยหนึ่งรายการ `- code: en` พร้อม `name: English`
config-language-shared-folder = '{ $code }' คือโฟลเดอร์ของไฟล์ที่ทุกภาษาใช้ร่วมกัน ไม่ใช่ภาษา
config-language-shared-folder-hint = ใช้รหัสภาษา เช่น vi, th, en หรือ pt-BR
config-language-not-a-tag = รหัสภาษา '{ $code }' ไม่ใช่รหัสภาษาที่ถูกต้อง
config-language-not-a-tag-hint = ใช้รหัสภาษา เช่น vi, th, en หรือ pt-BR: รหัสนี้ใช้เป็นชื่อโฟลเดอร์และเป็นส่วนหนึ่งของ URL ของภาษานั้น
config-language-twice = ประกาศภาษา '{ $code }' ไว้สองครั้ง
config-language-twice-hint = เก็บไว้ภาษาละหนึ่งรายการใต้ `languages:`
config-default-language-undeclared = default_language '{ $code }' ไม่อยู่ในภาษาที่ประกาศไว้
config-use-one-of = ใช้รหัสใดรหัสหนึ่งต่อไปนี้: { $codes }
config-text-undeclared-language = กำหนดชื่อหรือคำอธิบายของเว็บไซต์ไว้สำหรับ '{ $lang }' ซึ่งไม่ใช่ภาษาที่ประกาศไว้
config-text-undeclared-language-hint = ชื่อช่องข้อมูลในกลุ่มค่าเหล่านี้คือรหัสภาษา ({ $codes }) ค่าที่มีเครื่องหมาย ',' ต้องมีเครื่องหมายคำพูดครอบ เช่น {"{"}vi: "Cẩm nang (Tokyo, 2016)"{"}"}
config-base-url = base_url '{ $url }' ไม่ใช่ที่อยู่เว็บ
config-base-url-hint = เขียนในรูปแบบ https://your.site/path (หรือไม่ต้องใส่ หากเปิดผ่าน file:// หรือจาก USB)
config-label-undeclared-language = การจัดหมวดหมู่ '{ $taxonomy }' มีป้ายชื่อสำหรับ '{ $lang }' ซึ่งไม่ใช่ภาษาที่ประกาศไว้
config-label-undeclared-language-hint = ชื่อช่องข้อมูลในกลุ่มค่าเหล่านี้คือรหัสภาษา ({ $codes }) ป้ายชื่อที่มีเครื่องหมาย ',' ต้องมีเครื่องหมายคำพูดครอบ เช่น {"{"}en: "Tokyo, 2016"{"}"}
config-taxonomy-name = ชื่อการจัดหมวดหมู่ '{ $name }' ต้องเป็นอักษร ASCII ตัวพิมพ์เล็ก
config-taxonomy-name-hint = ชื่อนี้ใช้เป็นชื่อช่องข้อมูลในส่วนหัวของหน้า และเป็นส่วนหนึ่งของ URL
config-taxonomy-slug = slug '{ $slug }' ของการจัดหมวดหมู่ใช้เป็นส่วนหนึ่งของ URL ไม่ได้
config-taxonomy-slug-hint = ใช้เฉพาะตัวพิมพ์เล็ก ตัวเลข - และ _ เช่น slug: source-documents
config-term-no-letter = รหัส '{ $term }' ของการจัดหมวดหมู่ '{ $taxonomy }' ไม่มีตัวอักษรหรือตัวเลขที่จะใช้สร้าง URL ได้
