# planlint 的訊息（繁體中文）。
#
# 每條規則一則訊息，以規則編號命名；其屬性為標籤、建議及附註。
# 用語依從開放數據計劃及「資料一線通」（DATA.GOV.HK）的用語，
# 以及香港特區政府中文公文的慣例；引述計劃原文時用「」。

## 共用字詞

quote = 「{ $text }」
list-separator = 、
list-or = { $init }或{ $last }

column-number = 編號
column-category = 數據種類
column-name = 數據集名稱
column-category-name = 數據種類／數據集名稱
column-description = 一般說明
column-target-date = 目標發放日期
column-release-date = 發放日期
column-frequency = 更新頻率
column-remarks = 備註

## 規則

cell-count = { $kind ->
        [group] 分組列
        [not-applicable] 「不適用」列
       *[data] 此列
    }有 { $found } 個儲存格，但標題列有 { $expected } 個
    .label-extra = 最後一欄之後多了 { $extra } 個儲存格
    .label-short = 只有 { $found } 個儲存格（應有 { $expected } 個）
    .header = 共 { $expected } 欄
    .help = 每個標題欄各寫一個以 TAB 分隔的儲存格；請檢查有否遺漏或重複的 TAB

date-out-of-range = 目標發放日期「{ $date }」不在 { $section } 部（{ $window }）的範圍內
    .label = 不在 { $window } 之內
    .help = 請更正年份，或把此列移至涵蓋 { $year } 年的部分
    .released = 發放日期「{ $date }」在{ $window }之後
    .released-label = 在計劃擬備後才發放
    .released-help = 尚未發放的數據集應列於 A 或 B 部，並註明目標發放日期
    .section-covers = { $section } 部涵蓋 { $years } 年
    .first-year = 計劃首年為 { $years } 年
    .later-years = 計劃其後年度為 { $years } 年
    .plan-covers = 計劃涵蓋 { $years } 年
    .published = 計劃於 { $month } 公布
    .publication-month = 公布月份 { $month }
    .no-footer = 計劃沒有頁尾，故以計劃首年 { $year } 年為限
    .end-of = { $year } 年年底

duplicate-number = 編號「{ $number }」在此表內重複使用
    .label = 在此再次使用
    .first = 首次用於第 { $line } 行
    .help = 表內每列各用一個編號，按 1、2、3… 順序排列

empty-cell = 編號「{ $number }」一列的{ $column }留空
    .on-line = 第 { $line } 行一列的{ $column }留空
    .label = 欠缺{ $column }
    .help = 請填寫{ $column }
    .help-category = 請先寫數據種類，再寫{ $width ->
        [full] 全形的
       *[ascii] {""}
    }「{ $separator }」，然後寫數據集名稱
    .help-date = 請以「MM/YYYY」（月/年）格式填寫月份及年份
    .help-number = 請為各列編號 1、2、3…

html-markup = { $column }內遺留{ $what ->
        [html] HTML 標記
       *[bullet] 項目符號
    }「{ $text }」
    .label = 網頁遺留的{ $what ->
        [html] HTML 標記
       *[bullet] 項目符號
    }
    .help = 請刪除標記，保留文字
    .fix = 刪除標記
    .cell = 儲存格

malformed-date = { $column }「{ $text }」格式不正確
    .date = 日期
    .label = 並非 MM/YYYY 格式
    .write = 請寫作「{ $date }」
    .help = 請以「MM/YYYY」格式填寫月份及四位數年份，例如「03/2024」
    .bad-month = { $column }「{ $text }」中的月份「{ $month }」不在 01 至 12 之間
    .bad-month-label = 沒有此月份
    .bad-month-help = 月份應為 01 至 12，其後為四位數年份：「MM/YYYY」
    .note = 各局／部門計劃的日期會互相比對，因此一律採用 MM/YYYY 格式

missing-format = 數據集沒有註明機器可讀格式
    .label = { $column }內沒有註明格式
    .help = 請在{ $column }內註明格式，例如「{ $example }」
    .container = 「{ $format }」未能說明數據的格式
    .container-label = 用以存放其他檔案的壓縮檔
    .container-help = 請註明壓縮檔內檔案的格式
    .container-help-example = 請註明壓縮檔內檔案的格式，例如「{ $example }」
    .container-note = 壓縮檔可存放任何檔案；計劃須承諾提供電腦程式可讀取的數據
    .image = 「{ $format }」是圖像，並非機器可讀數據
    .image-label = 圖像格式
    .image-help = 請（另）以 CSV、JSON、GeoJSON 或 GeoTIFF 格式發放圖像背後的數據，並在計劃內註明
    .image-note = 電腦程式無法從圖像讀取數值；具地理參照的網格數據應採用 GeoTIFF 格式
    .document = 「{ $format }」並非機器可讀格式
    .document-label = 文件格式
    .document-help = 請（另）以 CSV、JSON、XML 或 XLS 格式發放數據，並在計劃內註明
    .document-note = PDF 或 Word 檔案供人閱讀；開放數據必須可供電腦程式讀取

missing-structure = 計劃沒有標題行
    .label = 此處應先寫局／部門名稱，然後是計劃標題
    .help = 計劃應以局／部門名稱及標題開始，例如「{ $example }」
    .empty = 檔案沒有內容：計劃應有標題及 A 至 D 部
    .no-sections = 檔案沒有計劃的部分（「A. …」至「D. …」）
    .no-sections-label = 此檔案沒有部分標題
    .no-sections-help = 計劃以局／部門名稱及標題開始，其後為以「A. 」、「B. 」、「C. 」及「D. 」開首的部分
    .no-sections-help-example = 計劃以局／部門名稱及標題開始，其後為以「A. 」、「B. 」、「C. 」及「D. 」開首的部分，例如「{ $example }」
    .no-years = 計劃標題「{ $title }」沒有註明計劃年度
    .no-years-label = 此處沒有年份
    .no-years-help = 請在標題註明計劃年度，例如「{ $example }」
    .no-years-note = 各目標發放日期均以計劃年度核對

not-applicable-with-rows = 此表標示為「{ $mark }」，但有 { $rows } 列數據
    .label = 標示為沒有數據集
    .row = 但此處列有數據集
    .help = 請刪除「不適用」一列，或把各列移至所屬的表

number-sequence = 編號「{ $number }」排在「{ $previous }」之後
    .start = 編號由「{ $number }」開始，而非「1」
    .gap = 編號「{ $number }」緊接「{ $previous }」：{ $missing ->
        [one] 欠缺「{ $first }」
       *[other] 欠缺「{ $first }」至「{ $last }」
    }
    .label = 應為「{ $expected }」
    .help = 表內各列應按 1、2、3… 順序編號
    .not-number = 編號「{ $text }」並非整數
    .not-number-label = 並非數字
    .not-number-help = 請以半形阿拉伯數字為各列編號 1、2、3…

outdated-category = 「{ $former }」是數據種類「{ $current }」的舊名稱
    .label = 「資料一線通」已更改名稱
    .help = 請改用現行名稱「{ $current }」
    .fix = 改為「{ $current }」

promise-dropped = 「{ $dataset }」在「{ $plan }」中承諾於 { $date } 發放，但既未發放，亦沒有再次承諾
    .label = 此計劃沒有交代這個數據集
    .promised = 在此承諾於 { $date } 發放
    .help = 如數據集已發放，請在 D 部匯報；否則請以新的目標發放日期再次承諾

release-date-changed = 「{ $dataset }」在「{ $plan }」中的發放日期為 { $first }，而非 { $date }
    .label = 首次匯報為 { $first }
    .unlisted = 根據「{ $plan }」，「{ $dataset }」已於 { $first } 發放，但此計劃已不再列出
    .unlisted-label = D 部沒有列出此數據集
    .first = 在此匯報於 { $first } 發放
    .help = D 部應保留每個已發放的數據集及首次匯報的日期；如該日期有誤，請在備註說明

translation-mismatch = { $what }「{ $here }」與{ $other }的「{ $there }」不同
    .label = { $other }為「{ $there }」
    .there = 該處為「{ $there }」
    .help = 請使兩個版本內容一致，或更正{ $other }
    .version = { $language ->
        [zh-Hant] 繁體中文版
        [zh-Hans] 簡體中文版
       *[en] 英文版
    }
    .section-missing = 此處欠缺{ $other }的 { $section } 部
    .section-missing-label = 此計劃沒有 { $section } 部
    .section-there = { $section } 部在此
    .section-extra = { $other }沒有 { $section } 部
    .section-extra-label = 該版本沒有此部分
    .section-extra-there = 此版本沒有該部分
    .table-extra = { $section } 部第 { $table } 個表不見於{ $other }
    .table-extra-label = 多出的表
    .table-count = { $section } 部在此有 { $tables } 個表
    .table-missing = 此處欠缺{ $other } { $section } 部的第 { $table } 個表
    .table-missing-label = 此部分欠缺一個表
    .this-table = 此表
    .not-applicable-here = 此表標示為不適用，但{ $other }列有 { $rows } 列
    .not-applicable-here-label = 此處標示為不適用
    .rows-there = 列有數據集的表
    .not-applicable-there = 此表在{ $other }標示為不適用
    .rows-here = 此處的表列有數據集
    .not-applicable-there-label = 該處標示為不適用
    .row-extra = { $other }沒有編號 { $row } 一列
    .row-extra-label = 該版本沒有此列
    .row-count-there = 該版本此表有 { $rows } 列
    .row-missing = 此處欠缺{ $other }編號 { $row } 一列
    .row-missing-named = 此處欠缺{ $other }編號 { $row }（「{ $name }」）一列
    .row-count-here = 此表有 { $rows } 列
    .this-row = 此列
    .formats = 格式 { $here } 與{ $other }的 { $there } 不同
    .formats-here = 此處為 { $formats }
    .formats-there = 該處為 { $formats }

unknown-category = 未知的數據種類「{ $text }」
    .label = 並非「資料一線通」的數據種類
    .help = 請採用「資料一線通」的數據種類，例如{ $examples }；或在 planlint.toml 的「[vocabulary] categories」加入此種類
    .did-you-mean = 是否應為{ $suggestions }？

unknown-frequency = 未知的更新頻率「{ $term }」
    .label = 並非已知的更新頻率
    .help = 請採用已知的更新頻率，例如{ $examples }；或在 planlint.toml 的「[[vocabulary.frequencies]]」加入此用語
    .did-you-mean = 是否應為「{ $term }」？
    .fix = 改為「{ $term }」
    .one-of = 是否應為{ $terms }其中之一？
    .a-known-term = 已知的用語
    .examples = { $terms }，或{ $interval }等間隔
unknown-header = 未知的欄目標題「{ $text }」
    .label = 並非已知的欄目
    .help = 請採用已知的標題：{ $headers }（或其他語文版本的相應標題）
    .empty = 標題儲存格留空
    .empty-label = 沒有欄目名稱
    .empty-help = 請填寫欄目名稱，或刪除多出的 TAB

unrecognized-line = 無法辨識的一行「{ $text }」
    .help = 計劃只包括標題（「A. …」、「i. …」、「(1) …」）、備註（「{ $note }」）及標題列下以 TAB 分隔的表列
    .row-before-section = 第一個部分標題之前的表列
    .text-before-section = 第一個部分標題之前的文字
    .after-title = 標題與第一個部分之間的文字
    .row-before-header = 在任何標題列之前的表列
    .stray-text = 既非標題、備註，亦非以 TAB 分隔的表列的文字
    .lone-continuation = 接續列之上沒有可接續的數據列

## 檢查結果

summary = 在 { $files } 個檔案中發現 { $total } 個問題（{ $errors } 個錯誤，{ $warnings } 個警告，{ $infos } 個提示）

## 規則說明：各規則找出甚麼問題（摘要），以及為何重要。

rule-doc-what = 作用
rule-doc-why = 為何有問題？
rule-doc-example = 例子
rule-doc-instead = 請改為：
rule-doc-off = 除非選用，否則不啟用
rule-doc-title = 規則
rule-doc-rule = 規則
rule-doc-default = 預設
    .line = 預設：{ $level }。
rule-doc-finds = 找出甚麼

rule-cell-count = 找出儲存格數目比標題列多或少的表列（以 TAB 分隔）
    .what =
        找出儲存格數目比標題列多或少的表列（以 TAB 分隔）。數據列、分組列及「不適用」列都應每欄各有一個儲存格，即使大部分留空亦然。
    .why = 遺漏或多出一個 TAB，其後每個儲存格都會移到錯誤的欄目：更新頻率落在日期之下，格式落在更新頻率之下，其他檢查亦會讀錯儲存格。
rule-date-out-of-range = 找出不在所屬部分年度內的目標發放日期，以及進度部分中晚於計劃公布日期的發放日期
    .what =
        找出不在所屬部分年度內的目標發放日期，以及進度部分中晚於計劃公布日期的發放日期。

        - A 部列出在計劃首年（即其標題所載的年份）發放的數據集，B 部列出在其標題所載其後年度發放的數據集，C 部則可在計劃年度（見計劃標題）內任何時間發放。
        - D 部列出已發放的數據集，因此發放日期如晚於頁尾所載的公布月份，其實是把承諾當作紀錄。計劃如沒有頁尾，則以計劃首年年底為限。
    .why = 日期放錯部分，若非年份打錯，便是數據集列錯標題；無論如何，計劃所承諾的都與擬備者原意不同。
rule-duplicate-number = 找出同一編號次序中重複使用的編號
    .what =
        找出在同一編號次序中重複使用的編號。每個表各自為其表列編號；設有分組列（每項基金或計劃一個標題）的表會跨越各組連續編號，因此在較後的組別下亦不可重複使用同一編號。
    .why = 計劃以編號討論各列（例如「D 部第 12 項」）；兩列同一編號，所有這類提述都會含糊不清，而且通常表示複製了一列而沒有重新編號。
rule-empty-cell = 找出編號、數據集名稱、目標或發放日期、更新頻率留空的數據列，以及在設有數據種類欄目的表中留空的數據種類（在合併的「數據種類／數據集名稱」儲存格中，即「／」之前的部分）
    .what =
        找出編號、數據集名稱、目標或發放日期、更新頻率留空的數據列，以及在設有數據種類欄目的表中留空的數據種類（在合併的 `數據種類／數據集名稱` 儲存格中，即 `／` 之前的部分）。

        整列儲存格數目不足的情況，由 `cell-count` 指出。
    .why = 這些儲存格都是承諾的一部分：哪個數據集、何時發放、多久更新。欠缺任何一項，承諾便有缺漏。
rule-html-markup = 找出把網頁轉為文字時遺留在儲存格內的 HTML 標籤（`<ul style="list-style-type: none">`、`</li>`）及項目符號（`•`）
    .what =
        找出把已公布的網頁轉為文字時遺留在儲存格內的 HTML 標籤（`<ul style="list-style-type: none">`、`</li>`）及項目符號（`•`）。由於現時已公布的計劃仍載有這類標記，此規則預設不啟用，須另行選用（`--select html-markup`，或在 `planlint.toml` 寫上 `html-markup = "warning"`）。

        修正（安全）：標記位於同一行時，`--fix` 只會刪除標記，不會改動其他內容。
    .why = 這些標記來自網頁，並非計劃內容：令文字較難閱讀及搜尋，並會出現在每次匯出的資料中。
rule-malformed-date = 找出並非以「MM/YYYY」格式填寫的目標或發放日期
    .what =
        找出並非以 `MM/YYYY` 格式填寫的目標或發放日期，即兩位數的月份（01 至 12）、斜線及四位數的年份。日期後加上括號註釋，例如 `10/2015 (首次發放日期)`，並無問題。

        修正（安全）：如 planlint 能讀出日期（`3/2024`、`2024-03`、`2024年3月`），`--fix` 會把日期改寫為 `MM/YYYY` 格式。
    .why = 日期是計劃的承諾：讀者及彙整各局／部門計劃的「資料一線通」團隊會在不同計劃之間比對日期。「3/2024」、「2024/03」、「03-2024」、「2024年3月」或全形的「０３/２０２４」各有不同寫法，而「13/2024」或「03/24」根本不是日期。
rule-missing-format = 找出一般說明及備註均沒有註明機器可讀格式的數據集
    .what =
        找出一般說明及備註均沒有註明機器可讀格式的數據集。機器可讀格式包括 CSV、JSON、XML、XLS/XLSX、API、GeoJSON、KML、SHP、GML、FGDB、GeoTIFF、3D Tiles、WMS/WFS，以及 `rules/formats.toml` 內「資料一線通」格式清單上的其他格式。只註明 PDF 或 DOC（文件）、JPEG 或 PNG（圖像）或 ZIP（沒有說明內容的壓縮檔）的數據集，亦會被指出。

        可在 `planlint.toml` 的 `[[vocabulary.formats]]` 加入其他格式。
    .why = 開放數據是電腦程式可讀取的數據。計劃是局／部門承諾數據格式的地方；沒有註明格式的一列，沒有向使用者作出可依賴的承諾，而只有 PDF 並不符合開放數據政策。
rule-missing-structure = 找出欠缺每份計劃都應有的部分的檔案
    .what =
        找出欠缺每份計劃都應有的部分的檔案：頂端的局／部門名稱及標題行、標題內的計劃年度（`2024-2026年度…`、`2022至2024年…`、`Annual Open Data Plan 2024-2026`），以及以字母編排的各部分（`A. …` 至 `D. …`）。空白檔案、試算表匯出檔，或誤放在計劃位置的二進制檔案，均由此規則指出。
    .why = 沒有各部分便無從檢查；沒有計劃年度，任何日期都無法核對：檔案會在甚麼都沒有檢查的情況下靜靜通過。
rule-not-applicable-with-rows = 找出同時有「不適用」列（不適用、N/A）及數據列的表
    .what =
        找出同時有「不適用」列（`不適用`、`N/A`）及數據列的表。
    .why = 「不適用」表示局／部門在此標題下沒有數據集發放；其下的數據列卻表示相反。通常是加入第一個數據集時忘記刪除標示。
rule-number-sequence = 找出在表內並非按 1、2、3… 順序排列的編號
    .what =
        找出在表內並非按 1、2、3… 順序排列的編號：不是由 1 開始的表、編號跳漏、次序不對，或並非以數字寫成整數的編號儲存格。（重複使用的編號由 `duplicate-number` 指出。）設有分組列的表會跨越各組連續編號。
    .why = 編號跳漏通常表示刪除了一列而沒有重新編號，或從已公布的計劃複製時遺失了一列；讀者會不知道第 4 項是甚麼。
rule-outdated-category = 找出使用「資料一線通」更改名稱前舊名稱的數據種類
    .what =
        找出使用「資料一線通」更改名稱前的舊名稱的數據種類，例如城市管理（現為城市管理及公共設施）、資訊科技及廣播（現為科技及廣播）、發展（現為發展、地理及土地資訊）、`Transport`（現為 `Transportation`），以及 `rules/categories.toml` 內的其他舊名稱。修正會以同一語文寫上現行名稱。

        此規則預設不啟用：在更改名稱前擬備的計劃仍然有效。為新一輪計劃更新內容時，可選用此規則。

        修正（安全）：`--fix` 會寫上數據種類的現行名稱。
    .why = 讀者會在「資料一線通」現時顯示的數據種類下尋找數據集；計劃的繁體中文、英文及簡體中文版本都採用現行名稱，亦較易互相比對。
rule-promise-dropped = 找出同一局／部門下一份計劃既沒有匯報已發放、亦沒有再次承諾的數據集
    .what =
        找出同一局／部門下一份計劃既沒有匯報已發放、亦沒有再次承諾的數據集。此規則把同一局／部門以同一語文擬備的歷年計劃一併閱讀：較早的計劃（A 至 C 部）承諾在較後計劃公布前某月發放的數據集，必須列於較後計劃的 D 部，或再次列於其 A 至 C 部。問題標示在較後的計劃上，並以第二個標籤指向原來的承諾。
    .why = 計劃是公開的承諾。統籌團隊、傳媒及立法會會逐年跟進每項承諾；數據集無聲無息地消失，便是沒有交代的違諾。
rule-release-date-changed = 找出 D 部中與同一局／部門較早計劃所匯報日期不同的發放日期，或較後計劃 D 部不再列出的已發放數據集
    .what =
        找出 D 部中與同一局／部門較早計劃所匯報日期不同的發放日期，或較後計劃的 D 部不再列出的已發放數據集。D 部是累積的紀錄：每個已發放的數據集在其後每份計劃中都應保留同一發放日期。
    .why = 發放日期記錄了交付了甚麼及何時交付。日期在不同計劃之間改變，等於改寫記錄；已發放的數據集從 D 部消失，則令較後的計劃少報了局／部門的成果。
rule-translation-mismatch = 找出同一計劃的不同語文版本（同一局／部門及計劃年度的繁體中文、簡體中文及英文版本）之間不一致之處
    .what =
        找出同一計劃的不同語文版本（同一局／部門及計劃年度的繁體中文、簡體中文及英文版本）之間不一致之處：某部分、表或列只見於其中一個版本；某列的編號、日期、更新頻率、數據種類或格式不同；或某表只在一個版本標示為不適用。更新頻率按意思比對（每季即 `Quarterly`），數據種類按「資料一線通」的編號比對（財經即 `Finance`）。問題在所檢查計劃的儲存格下劃線標示，並指向另一版本的相應儲存格。
    .why = 三個版本是同一份承諾。英文版及中文版的讀者必須獲承諾在同一日期發放同一批數據集；只在一個版本更正日期，會令公眾得到兩個不同的承諾。
rule-unknown-category = 找出並非「資料一線通」20 個數據種類之一的數據種類（見 rules/categories.toml：城市管理及公共設施、工商業、財經、運輸、環境、科技及廣播、其他…，包括繁體中文、簡體中文及英文名稱）
    .what =
        找出並非 `rules/categories.toml` 內「資料一線通」20 個數據種類之一的數據種類（城市管理及公共設施、工商業、財經、運輸、環境、科技及廣播、其他…，包括繁體中文、簡體中文及英文名稱）。「資料一線通」更改名稱前的舊名稱（城市管理、資訊科技及廣播、`Transport`）仍可辨識；見 `outdated-category`。建議會以計劃的語文列出最接近的數據種類的現行名稱。

        可在 `planlint.toml` 的 `[vocabulary] categories` 加入數據種類。
    .why = 數據種類決定數據集在「資料一線通」上的分類。網站沒有的（或寫錯的）數據種類，會令數據集放在沒有人瀏覽的地方。
rule-unknown-frequency = 找出並非 rules/frequencies.toml 內已知用語（實時、每天、每星期、每月、每季、每半年、每年、有需要時、當有更新時、一次性…及其簡體中文和英文寫法），亦非間隔（每10分鐘、每兩星期、每三個月、Every 6 months）的更新頻率
    .what =
        找出並非 `rules/frequencies.toml` 內已知用語（實時、每天、每星期、每月、每季、每半年、每年、有需要時、當有更新時、一次性…及其簡體中文和英文寫法），亦非間隔（`Every 6 months`、`Every five years`、`Daily at 9:00am`、每10分鐘、每兩星期、每三個月）的更新頻率。已知用語後加上括號註釋，例如 `每年 (自2020年起為每年二月)`，並無問題。建議會列出最接近的已知用語。

        可在 `planlint.toml` 的 `[[vocabulary.frequencies]]` 加入自訂用語。

        修正（非安全）：如只有一個已知用語與其寫法相近，`--fix --unsafe-fixes` 會寫上該用語；這只是推測，請加以覆核。
    .why = 「資料一線通」以固定的用語清單發布更新頻率的元數據；清單以外的用語（或「實特」之類的錯字，應為「實時」）無法對應，讀者亦無從得知數據有多新。
rule-unknown-header = 找出標題列中無法對應 rules/columns.toml 內任何欄目的儲存格
    .what =
        找出標題列中無法對應 `rules/columns.toml` 內任何欄目的儲存格。已知的欄目為編號（`編號`、`#`）、數據種類、數據集名稱、合併的數據種類／數據集名稱、一般說明、目標發放日期、發放日期、更新頻率及備註，以繁體中文、簡體中文或英文書寫。字詞後的括號部分，例如 `目標發放日期 (月/年)`，不會理會。

        可在 `planlint.toml` 的 `[[vocabulary.columns]]` 加入標題字詞。
    .why = planlint 透過標題列讀取每一列：無法辨識的欄目不會受檢查，而寫錯的標題在已公布的計劃中與寫錯的數據集名稱一樣顯眼。
rule-unrecognized-line = 找出在計劃結構中無法歸類的一行
    .what =
        找出在計劃結構中無法歸類的一行：表與表之間既非標題亦非備註的文字、在任何標題列之前的表列，以及沒有可接續內容的接續列。
    .why = planlint 無法歸類的一行，其他規則都不會檢查，而已公布計劃的讀者通常也無法理解：可能是失去 TAB 的表列、欠缺字母的標題，或誤貼的文字。

## 無法讀取或解碼的檔案

error-heading = 錯誤：
cannot-read = 無法讀取：{ $reason }
cannot-read-stdin = 無法讀取標準輸入：{ $reason }
cannot-read-folder = 無法讀取資料夾：{ $reason }
pattern-matches-nothing = `{ $pattern }`：沒有檔案符合此模式
pattern-invalid = `{ $pattern }`：無效的檔案模式：{ $why }
not-checked = { $files } 個檔案未能檢查
io-not-found = 沒有此檔案或資料夾
io-permission-denied = 沒有存取權限
io-is-a-directory = 這是資料夾
io-invalid-data = 並非文字
unreadable =
    .not-regular = 並非一般檔案（{ $kind }）
    .fifo = FIFO 具名管道
    .socket = 通訊端
    .device = 裝置
    .folder = 資料夾
    .special = 特殊檔案
    .symlink-loop = 符號連結循環（符號連結層數過多）
    .dangling = 符號連結指向不存在的檔案
    .dangling-to = 符號連結指向不存在的「{ $target }」
decode-error = 並非 { $encoding } 文字：第 { $line } 行第 { $column } 個位元組：發現 { $found }；{ $hint }
    .utf16-without-bom = 此檔案看來是沒有位元組順序標記（BOM）的 UTF-16 檔案；請另存為 UTF-8
    .binary = 此檔案看來是二進制檔案，並非計劃
    .legacy = 此檔案可能採用 Big5 或其他舊有編碼；請另存為 UTF-8，或以「--encoding big5-hkscs」讀取（或在 planlint.toml 寫上「encoding = "big5-hkscs"」）
    .utf16-nul = 空字元（NUL）：此檔案看來是二進制檔案，並非計劃
    .utf16-surrogate = 不成對的 UTF-16 代理字元；請把檔案另存為 UTF-8
    .utf16-truncated = 檔案在一個 UTF-16 字元中途結束，內容不完整；請再次另存為 UTF-8
    .big5-nul = 空位元組（NUL）：此檔案看來是二進制檔案，並非計劃
    .not-big5 = 並非 Big5-HKSCS 字元；檔案可能採用其他編碼：請另存為 UTF-8
    .too-large = planlint 只讀取不超過 4 GiB 文字的計劃；請把檔案分拆

too-large = 檔案太大：{ $found }，到第 { $line } 行已超過 4 GiB；{ $hint }

## Rule ids on the command line

unknown-rules = 有 { $count } 個未知的規則：{ $rules }；「planlint rule --all」會列出所有規則
    .near-one = { $id }（是否應為{ $near }？）
    .near = { $id }（是否應為{ $near }？）
    .rule = 未知的規則{ $id }；「planlint rule --all」會列出所有規則
    .rule-near = 未知的規則{ $id }；是否應為{ $near }？「planlint rule --all」會列出所有規則

## planlint.toml

config-error = 設定檔有誤：{ $message }
    .here = 此處
    .defaults = { $path } 有誤，因此此計劃以預設規則檢查：{ $message }
    .show = planlint：{ $path }：{ $message }；其下的計劃以預設規則檢查
    .cannot-read = 無法讀取設定檔「{ $path }」：{ $reason }
    .unknown-key = 未知的設定項目「{ $key }」
    .unknown-key-expected = 未知的設定項目「{ $key }」；此處可用的項目為{ $expected }
    .bad-value = 此處不接受「{ $value }」；請採用{ $expected }
    .wrong-type = 設定值的類型不正確：{ $detail }
    .syntax = 並非有效的 TOML：{ $detail }
    .unknown-rule = 未知的規則「{ $id }」；已知的規則為{ $known }
    .unknown-rule-near = 未知的規則「{ $id }」；是否應為{ $near }？
    .unknown-column = 未知的欄目「{ $key }」；已知的欄目為{ $known }
    .invalid-glob = 檔案模式「{ $pattern }」無效：{ $why }
    .unknown-encoding = 未知的編碼「{ $name }」；planlint 可讀取{ $known }

## 詳細輸出：miette 的標題及過長的行

pretty-help = {"  建議："}
pretty-note = 附註：
pretty-related = 參閱：
too-long-to-show = 附註：位於 { $path }:{ $line }:{ $column }；該行過長，未能顯示

## 修正

fixable = [*] { $safe } 個問題可以 --fix 修正
    .unsafe-only = { $guesses } 個問題可以 --fix --unsafe-fixes 修正（請覆核有關改動）
    .both = [*] { $safe } 個問題可以 --fix 修正（另有 { $guesses } 個可以 --fix --unsafe-fixes 修正）
fixed = 已修正 { $files } 個檔案中的 { $problems } 個問題
    .would = 可修正 { $files } 個檔案中的 { $problems } 個問題
fixes-not-applied = 未有套用 { $fixes } 項修正：{ $reason }
    .stdin = 標準輸入只會檢查，不會改寫；請對檔案本身執行「--fix」
    .utf16 = 此檔案採用 UTF-16 編碼，而 planlint 只會改寫 UTF-8 檔案；請另存為 UTF-8 後再套用修正
    .big5 = 此檔案以 Big5-HKSCS 讀取，而 planlint 只會改寫 UTF-8 檔案；請另存為 UTF-8 後再套用修正
not-fixed = 未有修正：{ $reason }
    .changed = 檢查期間檔案已有改動；檔案維持原狀，請再執行一次以作修正
    .read-only = 檔案設定為唯讀；檔案未有改動
    .outside = 檔案是指向「{ $target }」的符號連結，位於所檢查的資料夾以外；檔案未有改動
    .io = 無法寫入修正（{ $reason }）；檔案未有改動

statistics-total = 合共（{ $files } 個檔案）

## --show-files

skipped = 略過 { $path }：{ $reason }
    .not-checked = 未有檢查 { $path }：{ $reason }
    .hidden = 隱藏檔案
    .build-folder = 建置資料夾
    .ignored = .gitignore 已把它略去
    .excluded = 已由 [files] exclude 排除
    .not-included = 並非計劃檔案（*.txt、*.tsv 或 [files] include）

## 語言伺服器

hover-help = 建議：{ $help }

## planlint ledger（表格；JSON 及 CSV 欄位維持英文）

ledger-none = 找不到註明局／部門及計劃年度的計劃
ledger-family = { $issuer }（{ $language }）：計劃 { $plans }，截至 { $month }
ledger-dataset = 數據集
ledger-target = 目標
ledger-status = 狀況
ledger-released = 發放
ledger-late = 延遲
ledger-moved = 改期
ledger-months = { $months }個月
ledger-totals = 承諾 { $promised } 項：按時發放 { $on_time } 項，延遲發放 { $late } 項，改期 { $rescheduled } 項，逾期 { $overdue } 項，未到期 { $pending } 項，沒有交代 { $dropped } 項；未經承諾而發放 { $unpromised } 項
ledger-status-released-on-time = 按時發放
ledger-status-released-late = 延遲發放
ledger-status-rescheduled = 已改期
ledger-status-overdue = 逾期
ledger-status-pending = 未到期
ledger-status-dropped = 沒有交代
ledger-status-unpromised-release = 未經承諾而發放

## planlint report（網頁的標籤；計劃原文維持不變）

report-title = 開放數據計劃（截至 { $as_of }）
report-heading = 開放數據計劃
report-lead = { $issuers } 個局／部門的 { $files } 份計劃檔案；承諾以 { $as_of } 為準評估。
report-sections = 各部分
report-summary = 摘要
report-promises = 承諾
report-catalogue = 數據目錄
report-issuers = 局／部門
report-datasets = 所有數據集
report-files = 計劃檔案
report-datasets-count = 數據集
report-errors = 錯誤
report-warnings = 警告
report-notes = 提示
report-counted = 承諾及數據集按各局／部門的首要語文（如有則為繁體中文）計算；本頁末的表列出所有語文版本。
report-by-rule = 按規則劃分的問題
report-rule = 規則
report-findings = 問題
report-issuer = 局／部門
report-plans = 計劃
report-promised = 承諾
report-on-time = 按時
report-overdue = 逾期
report-dropped = 沒有交代
report-years = 計劃年度
report-zh-hant = 繁體中文
report-en = 英文
report-zh-hans = 簡體中文
report-missing = 欠缺
report-no-findings = 沒有發現問題。
report-findings-heading = 問題：
report-n-errors = { $n } 個錯誤
report-n-warnings = { $n } 個警告
report-n-notes = { $n } 個提示
report-where = 位置
report-severity = 嚴重程度
report-text = 文字
report-message = 訊息
report-more = 另有 { $n } 個問題未在此列出；<code>planlint check</code> 會全部列出。
report-datasets-lead = 每個計劃系列（一個局／部門、一種語文）的每個數據集各佔一列：列出其最新的目標或發放日期，以及其承諾的結果。<code>released-earlier</code>：在各計劃所載的任何承諾之前，最早讀取的計劃已匯報發放。
report-filter = 篩選
report-filter-placeholder = 名稱、局／部門、數據種類、格式…
report-status = 狀況
report-any = 全部
report-language = 語文
report-n-datasets = { $n } 個數據集
report-shown = 顯示 { $total } 個數據集中的 { $n } 個
report-bureau = 局／部門
report-lang = 語文
report-dataset = 數據集
report-category = 數據種類
report-date = 日期
report-frequency = 更新頻率
report-formats = 格式
report-months-late = 延遲月數
report-footer = 由 planlint { $version } 製作。本頁所有數字均來自上列的計劃檔案。
report-stat-promised = 承諾
report-stat-on-time = 按時發放
report-stat-late = 延遲發放
report-stat-rate = 按時發放比率
report-stat-months-late = 延遲月數（平均、最多）
report-stat-rescheduled = 已改期
report-stat-reschedules = 改期次數
report-stat-overdue = 逾期
report-stat-dropped = 沒有交代
report-stat-pending = 未到期
report-stat-unpromised = 未經承諾而發放
report-status-released-earlier = 早前已發放
report-unknown-issuer = 未能確定所屬政策局／部門的計劃
report-chart-years = 每年承諾（按首個目標日期計）及已發放的數據集
report-chart-status = 承諾的結果
report-chart-formats = 所列格式（{ $datasets } 個數據集中有 { $readable } 個採用機器可讀格式）
report-chart-frequencies = 更新頻率
report-chart-categories = 數據類別
report-chart-spatial = 空間數據及非空間數據
report-bar-promised = 承諾
report-bar-released = 已發放
report-bar-on-time = 按時發放
report-bar-late = 延遲發放
report-bar-rescheduled = 已改期
report-bar-overdue = 逾期
report-bar-pending = 未到期
report-bar-dropped = 沒有交代
report-bar-unpromised = 未經承諾而發放
report-bar-not-machine-readable = { $format }（非機器可讀）
report-bar-no-format = 未列明格式
report-bar-spatial = 空間數據
report-bar-non-spatial = 非空間數據
report-bar-not-stated = 未有註明（舊版格式）
report-bar-others = 其他 { $n } 項
report-issuer-promises = 承諾（{ $language }）：共 { $promised } 項，其中 { $on_time } 項按時發放、{ $late } 項延遲發放（按時發放比率 { $rate }，平均延遲 { $months } 個月）；改期 { $reschedules } 次；{ $overdue } 項逾期；{ $dropped } 項沒有交代；{ $not_due } 項未到期。
report-every-finding = { $issuer }的所有問題
report-severity-error = 錯誤
report-severity-warning = 警告
report-severity-info = 提示
