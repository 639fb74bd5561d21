# planlint 的消息（简体中文）。
#
# 每条规则一则消息，以规则编号命名；其属性为标签、建议和说明。
# 用语沿用开放数据计划和“资料一线通”（DATA.GOV.HK）简体版的用语，
# 按内地读者的习惯行文：表格的“行”与“列”、“单元格”、“文件”、“程序”。

## 共用词语

quote = “{ $text }”
list-separator = 、
list-or = { $init }或{ $last }

column-number = 编号
column-category = 数据种类
column-name = 数据集名称
column-category-name = 数据种类／数据集名称
column-description = 一般说明
column-target-date = 目标发放日期
column-release-date = 发放日期
column-frequency = 更新频率
column-remarks = 备注

## 规则

cell-count = { $kind ->
        [group] 分组行
        [not-applicable] “不适用”行
       *[data] 该行
    }有 { $found } 个单元格，但表头有 { $expected } 列
    .label-extra = 最后一列之后多出 { $extra } 个单元格
    .label-short = 只有 { $found } 个单元格（应为 { $expected } 个）
    .header = 共 { $expected } 列
    .help = 表头每一列对应一个以 TAB 分隔的单元格；请检查是否漏了或多了 TAB

date-out-of-range = 目标发放日期“{ $date }”超出 { $section } 部分（{ $window }）的范围
    .label = 不在 { $window } 范围内
    .help = 请更正年份，或将该行移到涵盖 { $year } 年的部分
    .released = 发放日期“{ $date }”晚于{ $window }
    .released-label = 在计划编制后才发放
    .released-help = 尚未发放的数据集应列在 A 或 B 部分，并写明目标发放日期
    .section-covers = { $section } 部分涵盖 { $years } 年
    .first-year = 计划首年为 { $years } 年
    .later-years = 计划后续年度为 { $years } 年
    .plan-covers = 计划涵盖 { $years } 年
    .published = 计划于 { $month } 发布
    .publication-month = 发布月份 { $month }
    .no-footer = 计划没有页脚，因此以计划首年 { $year } 年为限
    .end-of = { $year } 年年底

duplicate-number = 编号“{ $number }”在本表中重复使用
    .label = 在此再次使用
    .first = 首次用于第 { $line } 行
    .help = 表中每行使用各自的编号，按 1、2、3… 顺序排列

empty-cell = 编号为“{ $number }”的行缺少{ $column }
    .on-line = 第 { $line } 行缺少{ $column }
    .label = 缺少{ $column }
    .help = 请填写{ $column }
    .help-category = 请先写数据种类，再写{ $width ->
        [full] 全角的
       *[ascii] {""}
    }“{ $separator }”，然后写数据集名称
    .help-date = 请按“MM/YYYY”（月/年）格式填写月份和年份
    .help-number = 请为各行编号 1、2、3…

html-markup = { $column }中残留{ $what ->
        [html] HTML 标记
       *[bullet] 项目符号
    }“{ $text }”
    .label = 网页残留的{ $what ->
        [html] HTML 标记
       *[bullet] 项目符号
    }
    .help = 请删除标记，保留文字
    .fix = 删除标记
    .cell = 单元格

malformed-date = { $column }“{ $text }”格式有误
    .date = 日期
    .label = 不是 MM/YYYY 格式
    .write = 应写为“{ $date }”
    .help = 请按“MM/YYYY”格式填写月份和四位数年份，例如“03/2024”
    .bad-month = { $column }“{ $text }”中的月份“{ $month }”不在 01 到 12 之间
    .bad-month-label = 没有这个月份
    .bad-month-help = 月份应为 01 到 12，后接四位数年份：“MM/YYYY”
    .note = 各局／部门计划中的日期会相互比对，因此统一采用 MM/YYYY 格式

missing-format = 数据集没有写明机器可读格式
    .label = { $column }中没有写明格式
    .help = 请在{ $column }中写明格式，例如“{ $example }”
    .container = “{ $format }”没有说明数据采用什么格式
    .container-label = 用来打包其他文件的压缩文件
    .container-help = 请写明压缩文件内文件的格式
    .container-help-example = 请写明压缩文件内文件的格式，例如“{ $example }”
    .container-note = 压缩文件可以装任何内容；计划必须承诺提供程序能够读取的数据
    .image = “{ $format }”是图片，不是机器可读数据
    .image-label = 图片格式
    .image-help = 请（同时）以 CSV、JSON、GeoJSON 或 GeoTIFF 格式发放图片背后的数据，并在计划中写明
    .image-note = 程序无法从图片中读取数值；带地理坐标的栅格数据应采用 GeoTIFF 格式
    .document = “{ $format }”不是机器可读格式
    .document-label = 文档格式
    .document-help = 请（同时）以 CSV、JSON、XML 或 XLS 格式发放数据，并在计划中写明
    .document-note = PDF 或 Word 文件供人阅读；开放数据必须能由程序读取

missing-structure = 计划缺少标题行
    .label = 此处应先写局／部门名称，再写计划标题
    .help = 计划应以局／部门名称和标题开头，例如“{ $example }”
    .empty = 文件为空：计划应包含标题和 A 至 D 部分
    .no-sections = 文件中没有计划的各部分（“A. …”至“D. …”）
    .no-sections-label = 本文件没有部分标题
    .no-sections-help = 计划以局／部门名称和标题开头，之后是以“A. ”、“B. ”、“C. ”和“D. ”开头的各部分
    .no-sections-help-example = 计划以局／部门名称和标题开头，之后是以“A. ”、“B. ”、“C. ”和“D. ”开头的各部分，例如“{ $example }”
    .no-years = 计划标题“{ $title }”没有写明计划年度
    .no-years-label = 此处没有年份
    .no-years-help = 请在标题中写明计划年度，例如“{ $example }”
    .no-years-note = 所有目标发放日期都以计划年度为准进行核对

not-applicable-with-rows = 本表标为“{ $mark }”，但有 { $rows } 行数据
    .label = 标为没有数据集
    .row = 但这里列有数据集
    .help = 请删除“不适用”行，或将这些行移到所属的表中

number-sequence = 编号“{ $number }”排在“{ $previous }”之后
    .start = 编号从“{ $number }”开始，而不是“1”
    .gap = 编号“{ $number }”紧接“{ $previous }”：{ $missing ->
        [one] 缺少“{ $first }”
       *[other] 缺少“{ $first }”至“{ $last }”
    }
    .label = 应为“{ $expected }”
    .help = 表中各行应按 1、2、3… 顺序编号
    .not-number = 编号“{ $text }”不是整数
    .not-number-label = 不是数字
    .not-number-help = 请用半角阿拉伯数字为各行编号 1、2、3…

outdated-category = “{ $former }”是数据种类“{ $current }”的旧名称
    .label = “资料一线通”已更改名称
    .help = 请改用现行名称“{ $current }”
    .fix = 改为“{ $current }”

promise-dropped = “{ $dataset }”在“{ $plan }”中承诺于 { $date } 发放，但既没有发放，也没有再次承诺
    .label = 本计划没有交代这个数据集
    .promised = 在此承诺于 { $date } 发放
    .help = 如数据集已经发放，请在 D 部分报告；否则请以新的目标发放日期再次承诺

release-date-changed = “{ $dataset }”在“{ $plan }”中的发放日期是 { $first }，而不是 { $date }
    .label = 首次报告为 { $first }
    .unlisted = 根据“{ $plan }”，“{ $dataset }”已于 { $first } 发放，但本计划不再列出
    .unlisted-label = D 部分没有列出该数据集
    .first = 在此报告于 { $first } 发放
    .help = D 部分应保留每个已发放的数据集及首次报告的日期；如该日期有误，请在备注中说明

translation-mismatch = { $what }“{ $here }”与{ $other }的“{ $there }”不一致
    .label = { $other }为“{ $there }”
    .there = 那里为“{ $there }”
    .help = 请使两个版本内容一致，或更正{ $other }
    .version = { $language ->
        [zh-Hant] 繁体中文版
        [zh-Hans] 简体中文版
       *[en] 英文版
    }
    .section-missing = 这里缺少{ $other }的 { $section } 部分
    .section-missing-label = 本计划没有 { $section } 部分
    .section-there = { $section } 部分在这里
    .section-extra = { $other }没有 { $section } 部分
    .section-extra-label = 那个版本没有这一部分
    .section-extra-there = 这个版本没有该部分
    .table-extra = { $section } 部分的第 { $table } 个表在{ $other }中没有
    .table-extra-label = 多出的表
    .table-count = { $section } 部分在这里有 { $tables } 个表
    .table-missing = 这里缺少{ $other } { $section } 部分的第 { $table } 个表
    .table-missing-label = 这一部分缺少一个表
    .this-table = 这个表
    .not-applicable-here = 本表标为不适用，但{ $other }列有 { $rows } 行
    .not-applicable-here-label = 这里标为不适用
    .rows-there = 有数据行的表
    .not-applicable-there = 本表在{ $other }中标为不适用
    .rows-here = 这里的表有数据行
    .not-applicable-there-label = 那里标为不适用
    .row-extra = { $other }中没有编号为 { $row } 的行
    .row-extra-label = 那个版本没有这一行
    .row-count-there = 那个版本的本表有 { $rows } 行
    .row-missing = 这里缺少{ $other }中编号为 { $row } 的行
    .row-missing-named = 这里缺少{ $other }中编号为 { $row }（“{ $name }”）的行
    .row-count-here = 本表有 { $rows } 行
    .this-row = 这一行
    .formats = 格式 { $here } 与{ $other }的 { $there } 不一致
    .formats-here = 这里为 { $formats }
    .formats-there = 那里为 { $formats }

unknown-category = 未知的数据种类“{ $text }”
    .label = 不是“资料一线通”的数据种类
    .help = 请使用“资料一线通”的数据种类，例如{ $examples }；或在 planlint.toml 的“[vocabulary] categories”中添加该种类
    .did-you-mean = 是否应为{ $suggestions }？

unknown-frequency = 未知的更新频率“{ $term }”
    .label = 不是已知的更新频率
    .help = 请使用已知的更新频率，例如{ $examples }；或在 planlint.toml 的“[[vocabulary.frequencies]]”中添加该用语
    .did-you-mean = 是否应为“{ $term }”？
    .fix = 改为“{ $term }”
    .one-of = 是否应为{ $terms }之一？
    .a-known-term = 已知的用语
    .examples = { $terms }，或{ $interval }等间隔

unknown-header = 未知的表头“{ $text }”
    .label = 不是已知的列
    .help = 请使用已知的表头：{ $headers }（或其他语言版本中的相应表头）
    .empty = 表头单元格为空
    .empty-label = 没有列名
    .empty-help = 请填写列名，或删除多余的 TAB

unrecognized-line = 无法识别的行“{ $text }”
    .help = 计划只包括标题（“A. …”、“i. …”、“(1) …”）、备注（“{ $note }”）以及表头下以 TAB 分隔的数据行
    .row-before-section = 第一个部分标题之前的表格行
    .text-before-section = 第一个部分标题之前的文字
    .after-title = 标题与第一个部分之间的文字
    .row-before-header = 在任何表头之前的表格行
    .stray-text = 既不是标题、备注，也不是以 TAB 分隔的表格行的文字
    .lone-continuation = 续行上方没有可续接的数据行

## 检查结果

summary = 在 { $files } 个文件中发现 { $total } 个问题（{ $errors } 个错误，{ $warnings } 个警告，{ $infos } 个提示）

## 规则说明：各规则查找什么问题（摘要），以及为什么重要。

rule-doc-what = 作用
rule-doc-why = 为什么有问题？
rule-doc-example = 示例
rule-doc-instead = 应改为：
rule-doc-off = 默认不启用，需选用
rule-doc-title = 规则
rule-doc-rule = 规则
rule-doc-default = 默认
    .line = 默认：{ $level }。
rule-doc-finds = 查找什么

rule-cell-count = 查找单元格数目比表头多或少的行（以 TAB 分隔）
    .what =
        查找单元格数目比表头多或少的行（以 TAB 分隔）。数据行、分组行和“不适用”行都应每列各有一个单元格，即使大部分为空。
    .why = 漏了或多了一个 TAB，其后每个单元格都会错位到别的列：更新频率落到日期下，格式落到更新频率下，其他检查也会读错单元格。
rule-date-out-of-range = 查找不在所属部分年度内的目标发放日期，以及进度部分中晚于计划发布日期的发放日期
    .what =
        查找不在所属部分年度内的目标发放日期，以及进度部分中晚于计划发布日期的发放日期。

        - A 部分列出在计划首年（即其标题所写的年份）发放的数据集，B 部分列出在其标题所写的后续年度发放的数据集，C 部分则可在计划年度（见计划标题）内任何时间发放。
        - D 部分列出已发放的数据集，因此发放日期如果晚于页脚所写的发布月份，实际上是把承诺当成了记录。计划没有页脚时，以计划首年年底为限。
    .why = 日期放错了部分，要么是年份写错，要么是数据集放错了标题下；无论哪种情况，计划所承诺的都与编写者的本意不同。
rule-duplicate-number = 查找同一编号序列中重复使用的编号
    .what =
        查找同一编号序列中重复使用的编号。每个表各自为其中的行编号；有分组行（每项基金或计划一个标题）的表跨越各组连续编号，因此在后面的分组下也不能再用同一编号。
    .why = 讨论计划时以编号指称各行（例如“D 部分第 12 项”）；两行同号会让这类指称含糊不清，通常还说明复制了一行却没有重新编号。
rule-empty-cell = 查找编号、数据集名称、目标或发放日期、更新频率为空的数据行，以及在有数据种类列的表中为空的数据种类（在合并的“数据种类／数据集名称”单元格中，即“／”之前的部分）
    .what =
        查找编号、数据集名称、目标或发放日期、更新频率为空的数据行，以及在有数据种类列的表中为空的数据种类（在合并的 `数据种类／数据集名称` 单元格中，即 `／` 之前的部分）。

        整行单元格数目不足的情况，由 `cell-count` 报告。
    .why = 这些单元格都是承诺的一部分：哪个数据集、何时发放、多久更新一次。缺了任何一项，承诺就不完整。
rule-html-markup = 查找将网页转为文本时残留在单元格中的 HTML 标签（`<ul style="list-style-type: none">`、`</li>`）和项目符号（`•`）
    .what =
        查找将已发布的网页转为文本时残留在单元格中的 HTML 标签（`<ul style="list-style-type: none">`、`</li>`）和项目符号（`•`）。由于目前已发布的计划中仍有这类标记，本规则默认不启用，需要自行选用（`--select html-markup`，或在 `planlint.toml` 中写入 `html-markup = "warning"`）。

        修复（安全）：标记位于同一行时，`--fix` 只删除标记，不改动其他内容。
    .why = 这些标记是网页的产物，不是计划的内容：它们让文字更难阅读和搜索，还会出现在每次导出的数据中。
rule-malformed-date = 查找没有按“MM/YYYY”格式填写的目标或发放日期
    .what =
        查找没有按 `MM/YYYY` 格式填写的目标或发放日期，即两位数的月份（01 至 12）、斜杠和四位数的年份。日期后加括号注释，例如 `10/2015 (首次发放日期)`，没有问题。

        修复（安全）：planlint 能读懂日期时（`3/2024`、`2024-03`、`2024年3月`），`--fix` 会将日期改写为 `MM/YYYY` 格式。
    .why = 日期是计划的承诺：读者以及汇总各局／部门计划的“资料一线通”团队会在不同计划之间比对日期。“3/2024”、“2024/03”、“03-2024”、“2024年3月”或全角的“０３/２０２４”写法各异，而“13/2024”或“03/24”根本不是日期。
rule-missing-format = 查找一般说明和备注中都没有写明机器可读格式的数据集
    .what =
        查找一般说明和备注中都没有写明机器可读格式的数据集。机器可读格式包括 CSV、JSON、XML、XLS/XLSX、API、GeoJSON、KML、SHP、GML、FGDB、GeoTIFF、3D Tiles、WMS/WFS，以及 `rules/formats.toml` 中“资料一线通”格式列表上的其他格式。只写明 PDF 或 DOC（文档）、JPEG 或 PNG（图片）或 ZIP（没有说明内容的压缩包）的数据集，也会被报告。

        可在 `planlint.toml` 的 `[[vocabulary.formats]]` 中添加其他格式。
    .why = 开放数据是程序能够读取的数据。计划是局／部门承诺数据格式的地方；没有写明格式的行，没有给用户任何可依赖的承诺，而只提供 PDF 不符合开放数据政策。
rule-missing-structure = 查找缺少每份计划都应有内容的文件
    .what =
        查找缺少每份计划都应有的内容的文件：开头的局／部门名称和标题行、标题中的计划年度（`2024-2026年度…`、`2022至2024年…`、`Annual Open Data Plan 2024-2026`），以及按字母编排的各部分（`A. …` 至 `D. …`）。空文件、电子表格导出文件，或误放在计划位置的二进制文件，都由本规则报告。
    .why = 没有各部分就无从检查；没有计划年度，任何日期都无法核对：文件会在什么都没检查的情况下悄悄通过。
rule-not-applicable-with-rows = 查找同时包含“不适用”行（不适用、N/A）和数据行的表
    .what =
        查找同时包含“不适用”行（`不适用`、`N/A`）和数据行的表。
    .why = “不适用”表示局／部门在此标题下没有要发放的数据集；下面的数据行却说明相反。通常是加入第一个数据集时忘了删除该标记。
rule-number-sequence = 查找表中没有按 1、2、3… 顺序排列的编号
    .what =
        查找表中没有按 1、2、3… 顺序排列的编号：不从 1 开始的表、编号缺漏、顺序颠倒，或不是用数字写成的整数的编号单元格。（重复使用的编号由 `duplicate-number` 报告。）有分组行的表跨越各组连续编号。
    .why = 编号缺漏通常说明删除了一行却没有重新编号，或从已发布的计划复制时丢失了一行；读者会不知道第 4 项是什么。
rule-outdated-category = 查找使用“资料一线通”更名前旧名称的数据种类
    .what =
        查找使用“资料一线通”更名前旧名称的数据种类，例如城市管理（现为城市管理及公共设施）、资讯科技及广播（现为科技及广播）、发展（现为发展、地理及土地资讯）、`Transport`（现为 `Transportation`），以及 `rules/categories.toml` 中的其他旧名称。修复时以同一语言写入现行名称。

        本规则默认不启用：更名前编写的计划仍然有效。为新一轮计划更新内容时，可以选用本规则。

        修复（安全）：`--fix` 会写入数据种类的现行名称。
    .why = 读者会在“资料一线通”当前显示的数据种类下查找数据集；计划的繁体中文、英文和简体中文版本都使用现行名称，也更便于相互比对。
rule-promise-dropped = 查找同一局／部门的下一份计划既没有报告已发放、也没有再次承诺的数据集
    .what =
        查找同一局／部门的下一份计划既没有报告已发放、也没有再次承诺的数据集。本规则把同一局／部门用同一语言编写的历年计划放在一起读：较早计划（A 至 C 部分）承诺在较后计划发布之前某月发放的数据集，必须列在较后计划的 D 部分，或再次列在其 A 至 C 部分。问题报告在较后的计划上，并用第二个标签指向原来的承诺。
    .why = 计划是公开的承诺。统筹团队、媒体和立法会会逐年跟进每项承诺；数据集无声无息地消失，就是一项没有交代的失信。
rule-release-date-changed = 查找 D 部分中与同一局／部门较早计划所报告日期不同的发放日期，或较后计划的 D 部分不再列出的已发放数据集
    .what =
        查找 D 部分中与同一局／部门较早计划所报告日期不同的发放日期，或较后计划的 D 部分不再列出的已发放数据集。D 部分是累积的记录：每个已发放的数据集在之后的每份计划中都应保留同一个发放日期。
    .why = 发放日期记录了交付了什么、何时交付。日期在不同计划之间变动，等于改写记录；已发放的数据集从 D 部分消失，会让较后的计划少报局／部门的成果。
rule-translation-mismatch = 查找同一计划的不同语言版本（同一局／部门、同一计划年度的繁体中文、简体中文和英文版本）之间不一致的地方
    .what =
        查找同一计划的不同语言版本（同一局／部门、同一计划年度的繁体中文、简体中文和英文版本）之间不一致的地方：某个部分、表或行只出现在其中一个版本中；某行的编号、日期、更新频率、数据种类或格式不同；或某个表只在一个版本中标为不适用。更新频率按含义比对（每季即 `Quarterly`），数据种类按“资料一线通”的编号比对（财经即 `Finance`）。问题在所检查计划的单元格下加下划线标出，并指向另一版本中对应的单元格。
    .why = 三个版本是同一份承诺。英文版和中文版的读者必须得到在同一日期发放同一批数据集的承诺；只在一个版本中更正日期，会让公众得到两个不同的承诺。
rule-unknown-category = 查找不属于“资料一线通”20 个数据种类的数据种类（见 rules/categories.toml：城市管理及公共设施、工商业、财经、运输、环境、科技及广播、其他…，包括繁体中文、简体中文和英文名称）
    .what =
        查找不属于 `rules/categories.toml` 中“资料一线通”20 个数据种类的数据种类（城市管理及公共设施、工商业、财经、运输、环境、科技及广播、其他…，包括繁体中文、简体中文和英文名称）。“资料一线通”更名前的旧名称（城市管理、资讯科技及广播、`Transport`）仍能识别；参见 `outdated-category`。建议会用计划的语言给出最接近的数据种类的现行名称。

        可在 `planlint.toml` 的 `[vocabulary] categories` 中添加数据种类。
    .why = 数据种类决定数据集在“资料一线通”上的归类。网站上没有的（或写错的）数据种类，会让数据集放在没人浏览的地方。
rule-unknown-frequency = 查找既不是 rules/frequencies.toml 中的已知用语（实时、每天、每星期、每月、每季、每半年、每年、有需要时、当有更新时、一次性…及其繁体中文和英文写法），也不是间隔（每10分钟、每两星期、每三个月、Every 6 months）的更新频率
    .what =
        查找既不是 `rules/frequencies.toml` 中的已知用语（实时、每天、每星期、每月、每季、每半年、每年、有需要时、当有更新时、一次性…及其繁体中文和英文写法），也不是间隔（`Every 6 months`、`Every five years`、`Daily at 9:00am`、每10分钟、每两星期、每三个月）的更新频率。已知用语后加括号注释，例如 `每年 (自2020年起为每年二月)`，没有问题。建议会列出最接近的已知用语。

        可在 `planlint.toml` 的 `[[vocabulary.frequencies]]` 中添加自定义用语。

        修复（不安全）：只有一个已知用语与其写法相近时，`--fix --unsafe-fixes` 会写入该用语；这只是猜测，请务必审核。
    .why = “资料一线通”按固定的用语列表发布更新频率元数据；列表以外的用语（或“实特”这类错字，应为“实时”）无法对应，读者也无从知道数据有多新。
rule-unknown-header = 查找表头中无法对应 rules/columns.toml 中任何列的单元格
    .what =
        查找表头中无法对应 `rules/columns.toml` 中任何列的单元格。已知的列有编号（`编号`、`#`）、数据种类、数据集名称、合并的数据种类／数据集名称、一般说明、目标发放日期、发放日期、更新频率和备注，可用繁体中文、简体中文或英文书写。词语后的括号部分，例如 `目标发放日期 (月/年)`，会被忽略。

        可在 `planlint.toml` 的 `[[vocabulary.columns]]` 中添加表头词语。
    .why = planlint 通过表头读取每一行：无法识别的列不会被检查，而写错的表头在已发布的计划中与写错的数据集名称一样显眼。
rule-unrecognized-line = 查找在计划结构中无法归类的行
    .what =
        查找在计划结构中无法归类的行：表与表之间既不是标题也不是备注的文字、在任何表头之前的表格行，以及没有可接续内容的接续行。
    .why = planlint 无法归类的行，其他规则都不会检查，已发布计划的读者通常也看不懂：可能是丢了 TAB 的表格行、缺了字母的标题，或误贴的文字。

## 无法读取或解码的文件

error-heading = 错误：
cannot-read = 无法读取：{ $reason }
cannot-read-stdin = 无法读取标准输入：{ $reason }
cannot-read-folder = 无法读取文件夹：{ $reason }
pattern-matches-nothing = `{ $pattern }`：没有文件与此模式匹配
pattern-invalid = `{ $pattern }`：无效的文件匹配模式：{ $why }
not-checked = { $files } 个文件无法检查
io-not-found = 文件或文件夹不存在
io-permission-denied = 没有访问权限
io-is-a-directory = 这是一个文件夹
io-invalid-data = 不是文本
unreadable =
    .not-regular = 不是普通文件（{ $kind }）
    .fifo = FIFO 命名管道
    .socket = 套接字
    .device = 设备
    .folder = 文件夹
    .special = 特殊文件
    .symlink-loop = 符号链接循环（符号链接层数过多）
    .dangling = 符号链接指向不存在的文件
    .dangling-to = 符号链接指向不存在的“{ $target }”
decode-error = 不是 { $encoding } 文本：第 { $line } 行第 { $column } 个字节：发现 { $found }；{ $hint }
    .utf16-without-bom = 该文件似乎是不带字节顺序标记（BOM）的 UTF-16 文件；请另存为 UTF-8
    .binary = 该文件似乎是二进制文件，不是计划
    .legacy = 该文件可能使用 Big5 或其他旧编码；请另存为 UTF-8，或用“--encoding big5-hkscs”读取（或在 planlint.toml 中写入“encoding = "big5-hkscs"”）
    .utf16-nul = 空字符（NUL）：该文件似乎是二进制文件，不是计划
    .utf16-surrogate = 未配对的 UTF-16 代理项；请将文件另存为 UTF-8
    .utf16-truncated = 文件在一个 UTF-16 字符中间结束，内容不完整；请重新另存为 UTF-8
    .big5-nul = 空字节（NUL）：该文件似乎是二进制文件，不是计划
    .not-big5 = 不是 Big5-HKSCS 字符；文件可能使用其他编码：请另存为 UTF-8
    .too-large = planlint 只读取不超过 4 GiB 文本的计划；请把文件拆分

too-large = 文件太大：{ $found }，到第 { $line } 行已超过 4 GiB；{ $hint }

## Rule ids on the command line

unknown-rules = 有 { $count } 个未知的规则：{ $rules }；“planlint rule --all”会列出所有规则
    .near-one = { $id }（是不是要写{ $near }？）
    .near = { $id }（是不是要写{ $near }？）
    .rule = 未知的规则{ $id }；“planlint rule --all”会列出所有规则
    .rule-near = 未知的规则{ $id }；是不是要写{ $near }？“planlint rule --all”会列出所有规则

## planlint.toml

config-error = 配置文件有误：{ $message }
    .here = 此处
    .defaults = { $path } 有误，因此本计划按默认规则检查：{ $message }
    .show = planlint：{ $path }：{ $message }；其下的计划按默认规则检查
    .cannot-read = 无法读取配置文件“{ $path }”：{ $reason }
    .unknown-key = 未知的配置项“{ $key }”
    .unknown-key-expected = 未知的配置项“{ $key }”；此处可用的配置项为{ $expected }
    .bad-value = 此处不接受“{ $value }”；请使用{ $expected }
    .wrong-type = 配置值类型有误：{ $detail }
    .syntax = 不是有效的 TOML：{ $detail }
    .unknown-rule = 未知的规则“{ $id }”；已有的规则为{ $known }
    .unknown-rule-near = 未知的规则“{ $id }”；是不是要写{ $near }？
    .unknown-column = 未知的列“{ $key }”；已有的列为{ $known }
    .invalid-glob = 文件匹配模式“{ $pattern }”无效：{ $why }
    .unknown-encoding = 未知的编码“{ $name }”；planlint 可读取{ $known }

## 详细输出：miette 的标题和过长的行

pretty-help = {"  建议："}
pretty-note = 说明：
pretty-related = 参见：
too-long-to-show = 说明：位于 { $path }:{ $line }:{ $column }；该行过长，无法显示

## 修复

fixable = [*] { $safe } 个问题可用 --fix 修复
    .unsafe-only = { $guesses } 个问题可用 --fix --unsafe-fixes 修复（请审核这些改动）
    .both = [*] { $safe } 个问题可用 --fix 修复（另有 { $guesses } 个可用 --fix --unsafe-fixes 修复）
fixed = 已修复 { $files } 个文件中的 { $problems } 个问题
    .would = 可修复 { $files } 个文件中的 { $problems } 个问题
fixes-not-applied = 未应用 { $fixes } 项修复：{ $reason }
    .stdin = 标准输入只检查、不改写；请对文件本身运行“--fix”
    .utf16 = 该文件为 UTF-16 编码，而 planlint 只改写 UTF-8 文件；请另存为 UTF-8 后再应用修复
    .big5 = 该文件按 Big5-HKSCS 读取，而 planlint 只改写 UTF-8 文件；请另存为 UTF-8 后再应用修复
not-fixed = 未修复：{ $reason }
    .changed = 检查期间文件发生了变化；文件保持原样，请再运行一次以修复
    .read-only = 文件为只读；文件未被改动
    .outside = 该文件是指向“{ $target }”的符号链接，位于所检查的文件夹之外；文件未被改动
    .io = 无法写入修复（{ $reason }）；文件未被改动

statistics-total = 合计（{ $files } 个文件）

## --show-files

skipped = 跳过 { $path }：{ $reason }
    .not-checked = 未检查 { $path }：{ $reason }
    .hidden = 隐藏文件
    .build-folder = 构建文件夹
    .ignored = 已被 .gitignore 忽略
    .excluded = 已被 [files] exclude 排除
    .not-included = 不是计划文件（*.txt、*.tsv 或 [files] include）

## 语言服务器

hover-help = 建议：{ $help }

## planlint ledger（表格；JSON 和 CSV 字段保持英文）

ledger-none = 找不到写明局／部门和计划年度的计划
ledger-family = { $issuer }（{ $language }）：计划 { $plans }，截至 { $month }
ledger-dataset = 数据集
ledger-target = 目标
ledger-status = 状态
ledger-released = 发放
ledger-late = 延迟
ledger-moved = 改期
ledger-months = { $months }个月
ledger-totals = 承诺 { $promised } 项：按时发放 { $on_time } 项，延迟发放 { $late } 项，改期 { $rescheduled } 项，逾期 { $overdue } 项，未到期 { $pending } 项，没有交代 { $dropped } 项；未经承诺而发放 { $unpromised } 项
ledger-status-released-on-time = 按时发放
ledger-status-released-late = 延迟发放
ledger-status-rescheduled = 已改期
ledger-status-overdue = 逾期
ledger-status-pending = 未到期
ledger-status-dropped = 没有交代
ledger-status-unpromised-release = 未经承诺而发放

## planlint report（网页的标签；计划原文保持不变）

report-title = 开放数据计划（截至 { $as_of }）
report-heading = 开放数据计划
report-lead = { $issuers } 个局／部门的 { $files } 份计划文件；承诺以 { $as_of } 为准评估。
report-sections = 各部分
report-summary = 概要
report-promises = 承诺
report-catalogue = 数据目录
report-issuers = 局／部门
report-datasets = 全部数据集
report-files = 计划文件
report-datasets-count = 数据集
report-errors = 错误
report-warnings = 警告
report-notes = 提示
report-counted = 承诺和数据集按各局／部门的首要语言（如有则为繁体中文）统计；本页末尾的表列出所有语言版本。
report-by-rule = 按规则统计的问题
report-rule = 规则
report-findings = 问题
report-issuer = 局／部门
report-plans = 计划
report-promised = 承诺
report-on-time = 按时
report-overdue = 逾期
report-dropped = 没有交代
report-years = 计划年度
report-zh-hant = 繁体中文
report-en = 英文
report-zh-hans = 简体中文
report-missing = 缺失
report-no-findings = 没有发现问题。
report-findings-heading = 问题：
report-n-errors = { $n } 个错误
report-n-warnings = { $n } 个警告
report-n-notes = { $n } 个提示
report-where = 位置
report-severity = 严重程度
report-text = 文本
report-message = 消息
report-more = 另有 { $n } 个问题未在此列出；<code>planlint check</code> 会列出全部问题。
report-datasets-lead = 每个计划系列（一个局／部门、一种语言）的每个数据集占一行：列出其最新的目标或发放日期，以及其承诺的结果。<code>released-earlier</code>：在各计划所载的任何承诺之前，最早读取的计划已报告发放。
report-filter = 筛选
report-filter-placeholder = 名称、局／部门、数据种类、格式…
report-status = 状态
report-any = 全部
report-language = 语言
report-n-datasets = { $n } 个数据集
report-shown = 显示 { $total } 个数据集中的 { $n } 个
report-bureau = 局／部门
report-lang = 语言
report-dataset = 数据集
report-category = 数据种类
report-date = 日期
report-frequency = 更新频率
report-formats = 格式
report-months-late = 延迟月数
report-footer = 由 planlint { $version } 生成。本页所有数字均来自上面列出的计划文件。
report-stat-promised = 承诺
report-stat-on-time = 按时发放
report-stat-late = 延迟发放
report-stat-rate = 按时发放率
report-stat-months-late = 延迟月数（平均、最多）
report-stat-rescheduled = 已改期
report-stat-reschedules = 改期次数
report-stat-overdue = 逾期
report-stat-dropped = 没有交代
report-stat-pending = 未到期
report-stat-unpromised = 未经承诺而发放
report-status-released-earlier = 早前已发放
report-unknown-issuer = 无法确定所属政策局／部门的计划
report-chart-years = 每年承诺（按首个目标日期计）及已发放的数据集
report-chart-status = 承诺的结果
report-chart-formats = 所列格式（{ $datasets } 个数据集中有 { $readable } 个采用机器可读格式）
report-chart-frequencies = 更新频率
report-chart-categories = 数据类别
report-chart-spatial = 空间数据与非空间数据
report-bar-promised = 承诺
report-bar-released = 已发放
report-bar-on-time = 按时发放
report-bar-late = 延迟发放
report-bar-rescheduled = 已改期
report-bar-overdue = 逾期
report-bar-pending = 未到期
report-bar-dropped = 没有交代
report-bar-unpromised = 未经承诺而发放
report-bar-not-machine-readable = { $format }（非机器可读）
report-bar-no-format = 未注明格式
report-bar-spatial = 空间数据
report-bar-non-spatial = 非空间数据
report-bar-not-stated = 未注明（旧版格式）
report-bar-others = 其他 { $n } 项
report-issuer-promises = 承诺（{ $language }）：共 { $promised } 项，其中 { $on_time } 项按时发放、{ $late } 项延迟发放（按时发放率 { $rate }，平均延迟 { $months } 个月）；改期 { $reschedules } 次；{ $overdue } 项逾期；{ $dropped } 项没有交代；{ $not_due } 项未到期。
report-every-finding = { $issuer }的所有问题
report-severity-error = 错误
report-severity-warning = 警告
report-severity-info = 提示
