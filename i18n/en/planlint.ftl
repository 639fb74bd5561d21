# planlint's messages in English.
#
# One message per rule, named by the rule's id; its attributes are the
# labels, help and notes. Every id here is in the zh-Hant and zh-Hans
# catalogues too, with the same variables (tests/meta.rs checks both).
# Messages are lowercase with no trailing period; offending text is in
# backticks.

## Shared words

quote = `{ $text }`
list-separator = {", "}
list-or = { $init } or { $last }

column-number = number
column-category = data category
column-name = dataset name
column-category-name = data category / dataset name
column-description = general description
column-target-date = target release date
column-release-date = release date
column-frequency = update frequency
column-remarks = remarks

## Rules

cell-count = { $kind ->
        [group] group row
        [not-applicable] not-applicable row
       *[data] row
    } has { $found ->
        [one] { $found } cell
       *[other] { $found } cells
    } but the header has { $expected }
    .label-extra = { $extra ->
        [one] { $extra } cell
       *[other] { $extra } cells
    } past the last column
    .label-short = { $found } of { $expected } cells
    .header = { $expected } columns
    .help = write one TAB-separated cell per header column; look for a missing or doubled TAB

date-out-of-range = target date `{ $date }` falls outside section { $section } ({ $window })
    .label = not in { $window }
    .help = correct the year, or move the row to the section that covers { $year }
    .released = release date `{ $date }` is after { $window }
    .released-label = released after the plan was written
    .released-help = a dataset not yet released belongs in section A or B with a target date
    .section-covers = section { $section } covers { $years }
    .first-year = the plan's first year is { $years }
    .later-years = the plan's later years are { $years }
    .plan-covers = the plan covers { $years }
    .published = the plan was published in { $month }
    .publication-month = the publication month { $month }
    .no-footer = without a footer, the plan's first year { $year } is the limit
    .end-of = the end of { $year }

duplicate-number = row number `{ $number }` is used twice in this table
    .label = used again here
    .first = first used on line { $line }
    .help = give every row of the table its own number, counting 1, 2, 3…

empty-cell = empty { $column } in row `{ $number }`
    .on-line = empty { $column } in row on line { $line }
    .label = { $column } missing
    .help = fill in the { $column }
    .help-category = write the data category, { $width ->
        [full] a full-width
       *[ascii] a
    } `{ $separator }`, then the dataset name
    .help-date = write the month and year as `MM/YYYY`
    .help-number = number the rows 1, 2, 3…

html-markup = leftover { $what ->
        [html] HTML markup
       *[bullet] bullet
    } `{ $text }` in the { $column }
    .label = { $what ->
        [html] HTML markup
       *[bullet] bullet
    } from the web page
    .help = remove the markup; keep the text
    .fix = remove the markup
    .cell = cell

malformed-date = malformed { $column } `{ $text }`
    .date = date
    .label = not MM/YYYY
    .write = write `{ $date }`
    .help = write the month and the four-digit year as `MM/YYYY`, e.g. `03/2024`
    .bad-month = month `{ $month }` in { $column } `{ $text }` is not 01–12
    .bad-month-label = no such month
    .bad-month-help = write the month as 01 to 12, then the four-digit year: `MM/YYYY`
    .note = dates are compared across every bureau's plan, so they take one form: MM/YYYY

missing-format = dataset names no machine-readable format
    .label = no format in the { $column }
    .help = name the format in the { $column }, e.g. `{ $example }`
    .container = `{ $format }` does not say what format the data is in
    .container-label = a container of other files
    .container-help = name the format of the files inside
    .container-help-example = name the format of the files inside, e.g. `{ $example }`
    .container-note = an archive can hold anything; the plan must promise data a program can read
    .image = `{ $format }` is a picture, not machine-readable data
    .image-label = an image format
    .image-help = release the data behind the picture as CSV, JSON, GeoJSON or GeoTIFF (as well), and say so
    .image-note = a program cannot read values out of a picture; a georeferenced grid is GeoTIFF
    .document = `{ $format }` is not a machine-readable format
    .document-label = a document format
    .document-help = release the data as CSV, JSON, XML or XLS (as well), and say so
    .document-note = a PDF or Word file is for people to read; open data must be readable by programs

missing-structure = plan has no title line
    .label = expected the issuer, then the plan's title
    .help = start the plan with the issuer's name and the title, e.g. `{ $example }`
    .empty = file is empty: a plan has a title and sections A to D
    .no-sections = file holds no plan sections (`A. …` to `D. …`)
    .no-sections-label = no section heading in this file
    .no-sections-help = a plan starts with its issuer and title, then sections headed `A. `, `B. `, `C. ` and `D. `
    .no-sections-help-example = a plan starts with its issuer and title, then sections headed `A. `, `B. `, `C. ` and `D. `, e.g. `{ $example }`
    .no-years = plan title `{ $title }` names no plan years
    .no-years-label = no years here
    .no-years-help = name the plan's years in the title, e.g. `{ $example }`
    .no-years-note = the years are what every target date is checked against

not-applicable-with-rows = table is marked `{ $mark }` but has { $rows ->
        [one] { $rows } data row
       *[other] { $rows } data rows
    }
    .label = marked empty
    .row = yet here is a dataset
    .help = remove the not-applicable row, or move the rows to the table they belong in

number-sequence = row number `{ $number }` comes after `{ $previous }`
    .start = numbering starts at `{ $number }`, not `1`
    .gap = row number `{ $number }` follows `{ $previous }`: { $missing ->
        [one] `{ $first }` is missing
       *[other] `{ $first }`–`{ $last }` are missing
    }
    .label = expected `{ $expected }`
    .help = number the rows of a table 1, 2, 3… in order
    .not-number = row number `{ $text }` is not a whole number
    .not-number-label = not digits
    .not-number-help = number the rows 1, 2, 3… in ASCII digits

outdated-category = `{ $former }` is the former name of the data category `{ $current }`
    .label = renamed on DATA.GOV.HK
    .help = write the current name `{ $current }`
    .fix = replace with `{ $current }`

promise-dropped = `{ $dataset }`, promised for { $date } in `{ $plan }`, is neither released nor promised again
    .label = this plan does not account for it
    .promised = promised here for { $date }
    .help = report the dataset in section D if it was released, or promise it again with a new target date

release-date-changed = release date of `{ $dataset }` was { $first } in `{ $plan }`, not { $date }
    .label = first reported as { $first }
    .unlisted = `{ $dataset }`, released { $first } according to `{ $plan }`, is no longer listed
    .unlisted-label = section D leaves it out
    .first = reported released { $first } here
    .help = keep every release in section D with the date first reported; if that date was wrong, say so in a note

translation-mismatch = { $what } `{ $here }` differs from `{ $there }` in { $other }
    .label = { $other } has `{ $there }`
    .there = `{ $there }` there
    .help = make both versions say the same, or correct { $other }
    .version = { $language ->
        [zh-Hant] the Traditional Chinese version
        [zh-Hans] the Simplified Chinese version
       *[en] the English version
    }
    .section-missing = section { $section } of { $other } is missing here
    .section-missing-label = no section { $section } in this plan
    .section-there = section { $section } is here
    .section-extra = section { $section } is not in { $other }
    .section-extra-label = no such section there
    .section-extra-there = this version has no such section
    .table-extra = table { $table } of section { $section } is not in { $other }
    .table-extra-label = an extra table
    .table-count = section { $section } has { $tables ->
        [one] { $tables } table
       *[other] { $tables } tables
    } here
    .table-missing = table { $table } of section { $section } in { $other } is missing here
    .table-missing-label = a table is missing from this section
    .this-table = this table
    .not-applicable-here = this table is marked not applicable, but { $other } lists { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }
    .not-applicable-here-label = not applicable here
    .rows-there = a table with rows
    .not-applicable-there = this table is marked not applicable in { $other }
    .rows-here = a table with rows here
    .not-applicable-there-label = not applicable there
    .row-extra = row { $row } is not in { $other }
    .row-extra-label = no such row there
    .row-count-there = this table has { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    } there
    .row-missing = row { $row } of { $other } is missing here
    .row-missing-named = row { $row } (`{ $name }`) of { $other } is missing here
    .row-count-here = this table has { $rows } rows
    .this-row = this row
    .formats = formats { $here } differ from { $there } in { $other }
    .formats-here = { $formats } here
    .formats-there = { $formats } there

unknown-category = unknown data category `{ $text }`
    .label = not a DATA.GOV.HK category
    .help = use a DATA.GOV.HK category, such as { $examples }; or add it to `[vocabulary] categories` in planlint.toml
    .did-you-mean = did you mean { $suggestions }?

unknown-frequency = unknown update frequency `{ $term }`
    .label = not a known frequency
    .help = use a known frequency, such as { $examples }; or add it to `[[vocabulary.frequencies]]` in planlint.toml
    .did-you-mean = did you mean `{ $term }`?
    .fix = replace with `{ $term }`
    .one-of = did you mean one of { $terms }?
    .a-known-term = a known term
    .examples = { $terms } or an interval such as { $interval }

unknown-header = unknown column header `{ $text }`
    .label = not a known column
    .help = use one of the known headers: { $headers } (or their forms in the other languages)
    .empty = empty header cell
    .empty-label = no column name
    .empty-help = name the column, or remove the extra TAB

unrecognized-line = unrecognized line `{ $text }`
    .help = a plan holds headings (`A. …`, `i. …`, `(1) …`), notes (`{ $note }`) and TAB-separated table rows under a header row
    .row-before-section = table row before the first section heading
    .text-before-section = text before the first section heading
    .after-title = text between the title and the first section
    .row-before-header = table row before any header row
    .stray-text = text that is no heading, note or TAB-separated table row
    .lone-continuation = continuation row with no data row above it to continue

## The run

summary = found { $total ->
        [one] { $total } problem
       *[other] { $total } problems
    } ({ $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }, { $infos } info) in { $files ->
        [one] { $files } file
       *[other] { $files } files
    }

## Rule documentation: what each rule finds (its summary) and why it matters.
## The English text is the rules' doc comments; tests/meta.rs keeps the two equal.

rule-doc-what = What it does
rule-doc-why = Why is this bad?
rule-doc-example = Example
rule-doc-instead = Use instead:
rule-doc-off = off unless selected
rule-doc-title = Rules
rule-doc-rule = rule
rule-doc-default = default
    .line = Default: { $level }.
rule-doc-finds = what it finds

rule-cell-count = Reports a table row with more or fewer TAB-separated cells than the table's header row
    .what =
        Reports a table row with more or fewer TAB-separated cells than the table's header row. Data rows, group rows and not-applicable rows all have one cell per column, even when most are empty.
    .why = A missing or extra TAB shifts every cell after it into the wrong column: the frequency lands under the date, the format under the frequency, and every other check reads the wrong cell.
rule-date-out-of-range = Reports a target date outside the years of its section, and a release date in the progress section that lies after the plan was published
    .what =
        Reports a target date outside the years of its section, and a release date in the progress section that lies after the plan was published.

        - Section A lists releases in the first plan year (the year its heading names), section B in the later years its heading names, and section C anywhere in the plan's years (from the title).
        - Section D lists datasets already released, so a release date after the publication month in the footer is a promise dressed as history. Without a footer, the end of the plan's first year is the limit.
    .why = A date in the wrong section is either a typo in the year or a dataset filed under the wrong heading; either way the plan promises something other than what its author meant.
rule-duplicate-number = Reports a row number used a second time in the same numbering run
    .what =
        Reports a row number used a second time in the same numbering run. Each table numbers its own rows; tables with group rows (one heading per fund or programme) number straight through the groups, so a number may not repeat under a later group either.
    .why = Plans are discussed by row number ("item 12 of section D"); two rows with one number make every such reference ambiguous, and usually mean a row was copied and not renumbered.
rule-empty-cell = Reports a data row with an empty number, dataset name, target or release date, or update frequency, or an empty data category where the table has that column (in a combined `數據種類／數據集名稱` cell, the part before the `／`)
    .what =
        Reports a data row with an empty number, dataset name, target or release date, or update frequency, or an empty data category where the table has that column (in a combined `數據種類／數據集名稱` cell, the part before the `／`).

        Rows that are short of cells altogether are `cell-count`'s.
    .why = Each of these cells is part of the commitment: which dataset, when, how often. A row without one is a promise with a hole in it.
rule-html-markup = Reports HTML tags (`<ul style="list-style-type: none">`, `</li>`) and bullet characters (`•`) left in a cell by the tool that turned the published page into text
    .what =
        Reports HTML tags (`<ul style="list-style-type: none">`, `</li>`) and bullet characters (`•`) left in a cell by the tool that turned the published page into text. Off unless selected (`--select html-markup` or `html-markup = "warning"` in `planlint.toml`), since the published plans carry such markup today.

        Fix (safe): `--fix` removes the markup and nothing else, when it sits on one line.
    .why = The markup is an artefact of the web page, not part of the plan: it makes the text harder to read and to search, and it ends up in every export.
rule-malformed-date = Reports a target or release date that is not written `MM/YYYY`
    .what =
        Reports a target or release date that is not written `MM/YYYY`: a two-digit month from 01 to 12, a slash, a four-digit year. A bracketed annotation after the date, such as `10/2015 (首次發放日期)`, is fine.

        Fix (safe): when planlint can read the date (`3/2024`, `2024-03`, `2024年3月`), `--fix` writes it as `MM/YYYY`.
    .why = Dates are the plan's commitments: readers, and the portal team that collects every bureau's plan, compare them across plans. `3/2024`, `2024/03`, `03-2024`, `2024年3月` or full-width `０３/２０２４` each read differently, and `13/2024` or `03/24` are not dates at all.
rule-missing-format = Reports a dataset row whose description and remarks name no machine-readable format
    .what =
        Reports a dataset row whose description and remarks name no machine-readable format: CSV, JSON, XML, XLS/XLSX, API, GeoJSON, KML, SHP, GML, FGDB, GeoTIFF, 3D Tiles, WMS/WFS and the others of DATA.GOV.HK's format list in `rules/formats.toml`. A row that names only PDF or DOC (documents), JPEG or PNG (pictures) or ZIP (a container that does not say what it holds) is reported too.

        Add formats under `[[vocabulary.formats]]` in `planlint.toml`.
    .why = Open data is data a program can read. The plan is where a bureau promises the format; a row without one promises nothing a user can rely on, and a PDF alone does not meet the open data policy.
rule-missing-structure = Reports a file that lacks what every plan has
    .what =
        Reports a file that lacks what every plan has: the issuer and title lines at the top, plan years in the title (`2024-2026年度…`, `2022至2024年…`, `Annual Open Data Plan 2024-2026`), and lettered sections (`A. …` to `D. …`). An empty file, a spreadsheet export or a binary file put where a plan should be is reported here.
    .why = Without sections there is nothing to check, and without the plan years no date can be checked against them: the file would pass silently while checking nothing.
rule-not-applicable-with-rows = Reports a table that holds a not-applicable row (`不適用`, `N/A`) and data rows as well
    .what =
        Reports a table that holds a not-applicable row (`不適用`, `N/A`) and data rows as well.
    .why = `不適用` says the bureau has nothing to release under this heading; rows below it say the opposite. Usually the marker was left behind when the first dataset was added.
rule-number-sequence = Reports row numbers that do not count 1, 2, 3… through a table
    .what =
        Reports row numbers that do not count 1, 2, 3… through a table: a table that does not start at 1, a gap, a number out of order, or a number cell that is not a whole number in digits. (A number used twice is `duplicate-number`'s.) Tables with group rows count straight through the groups.
    .why = A gap usually means a row was deleted and the rest not renumbered, or a row was lost when the plan was copied from its published form; either way the reader is left to wonder what item 4 was.
rule-outdated-category = Reports a data category written by a name DATA.GOV.HK used before it renamed the category
    .what =
        Reports a data category written by a name DATA.GOV.HK used before it renamed the category: 城市管理 (now 城市管理及公共設施), 資訊科技及廣播 (now 科技及廣播), 發展 (now 發展、地理及土地資訊), `Transport` (now `Transportation`) and the others in `rules/categories.toml`. The fix writes the current name in the same language.

        Off by default: plans written before the renaming are still valid. Select it when you update a plan for a new round.

        Fix (safe): `--fix` writes the category's current name.
    .why = Readers look for the dataset under the category the portal shows today, and the Chinese, English and Simplified Chinese versions of a plan are easier to compare when they all use the current names.
rule-promise-dropped = Reports a promise that the issuer's next plan neither reports released nor promises again
    .what =
        Reports a promise that the issuer's next plan neither reports released nor promises again. It reads an issuer's successive plans in one language together: a dataset an earlier plan promised (sections A–C) for a month before the later plan was published must appear in the later plan's section D, or again in its A–C. The finding is on the later plan, with a second label at the promise.
    .why = A plan is a public commitment. The consolidating team, the press and the Legislative Council follow each promise from one year's plan to the next; a dataset that silently disappears is a broken promise that nobody explained.
rule-release-date-changed = Reports a release date in section D that differs from the date an earlier plan of the issuer reported, or a release that a later plan's section D no longer lists
    .what =
        Reports a release date in section D that differs from the date an earlier plan of the issuer reported, or a release that a later plan's section D no longer lists. Section D is cumulative: a release keeps its date in every later plan.
    .why = Release dates are the record of what was delivered and when. A date that moves between plans rewrites that record, and a release that vanishes from section D makes the later plan undercount what the bureau or department delivered.
rule-translation-mismatch = Reports where the language versions of one plan (the same issuer and plan years in Traditional Chinese, Simplified Chinese and English) disagree
    .what =
        Reports where the language versions of one plan (the same issuer and plan years in Traditional Chinese, Simplified Chinese and English) disagree: a section, table or row present in one and not the other, or a row whose number, date, update frequency, data category or formats differ, or a table that is marked not applicable in one version only. Frequencies are compared by meaning (每季 is `Quarterly`), categories by their DATA.GOV.HK id (財經 is `Finance`). The finding underlines the cell in the plan being checked and points at the other version's cell.
    .why = The three versions are one commitment. Readers of the English plan and of the Chinese plan must be promised the same datasets on the same dates; a date corrected in one version only leaves the public with two different promises.
rule-unknown-category = Reports a data category that is none of DATA.GOV.HK's 20 categories in `rules/categories.toml` (城市管理及公共設施, 工商業, 財經, 運輸, 環境, 科技及廣播, 其他 …, in Traditional Chinese, Simplified Chinese and English)
    .what =
        Reports a data category that is none of DATA.GOV.HK's 20 categories in `rules/categories.toml` (城市管理及公共設施, 工商業, 財經, 運輸, 環境, 科技及廣播, 其他 …, in Traditional Chinese, Simplified Chinese and English). Names the categories had before DATA.GOV.HK renamed them (城市管理, 資訊科技及廣播, `Transport`) are still known; see `outdated-category`. The help suggests the current name, in the plan's language, of the closest category.

        Add categories under `[vocabulary] categories` in `planlint.toml`.
    .why = The category files the dataset on the portal. One the portal does not have (or a misspelt one) leaves the dataset where nobody browses.
rule-unknown-frequency = Reports an update frequency that is none of the known terms in `rules/frequencies.toml` (實時, 每天, 每星期, 每月, 每季, 每半年, 每年, 有需要時, 當有更新時, 一次性 … and their Simplified Chinese and English phrasings) and no interval (`Every 6 months`, `Every five years`, `Daily at 9:00am`, 每10分鐘, 每兩星期, 每三個月)
    .what =
        Reports an update frequency that is none of the known terms in `rules/frequencies.toml` (實時, 每天, 每星期, 每月, 每季, 每半年, 每年, 有需要時, 當有更新時, 一次性 … and their Simplified Chinese and English phrasings) and no interval (`Every 6 months`, `Every five years`, `Daily at 9:00am`, 每10分鐘, 每兩星期, 每三個月). A bracketed annotation after a known term, as in `每年 (自2020年起為每年二月)`, is fine. The help suggests the closest known terms.

        Add your own terms under `[[vocabulary.frequencies]]` in `planlint.toml`.

        Fix (unsafe): when one known term is a near spelling, `--fix --unsafe-fixes` writes it; it is a guess, so review it.
    .why = DATA.GOV.HK publishes the frequency as metadata from a fixed list; a term outside it (or a typo such as `實特` for `實時`) cannot be mapped, and readers cannot tell how fresh the data will be.
rule-unknown-header = Reports a header-row cell whose words name none of the columns in `rules/columns.toml`
    .what =
        Reports a header-row cell whose words name none of the columns in `rules/columns.toml`: number (`編號`, `#`), data category, dataset name, the combined category／name, general description, target date, release date, update frequency and remarks, in Traditional Chinese, Simplified Chinese or English. A bracketed part after the words, as in `目標發放日期 (月/年)`, is ignored.

        Add header words under `[[vocabulary.columns]]` in `planlint.toml`.
    .why = planlint reads every row through its header: a column it cannot name goes unchecked, and a misspelt header is as visible in the published plan as a misspelt dataset.
rule-unrecognized-line = Reports a line that fits nowhere in a plan's structure
    .what =
        Reports a line that fits nowhere in a plan's structure: text between tables that is no heading or note, a row before any header row, a continuation with nothing to continue.
    .why = A line planlint cannot place is a line no other rule checks, and usually a line a reader of the published plan cannot place either: a row that lost its TABs, a heading without its letter, a stray paste.

## Files that cannot be read or decoded

error-heading = {"error: "}
cannot-read = cannot read: { $reason }
cannot-read-stdin = cannot read standard input: { $reason }
cannot-read-folder = cannot read folder: { $reason }
pattern-matches-nothing = `{ $pattern }`: the pattern matches no file
pattern-invalid = `{ $pattern }`: invalid glob pattern: { $why }
not-checked = { $files ->
        [one] { $files } file
       *[other] { $files } files
    } could not be checked
io-not-found = no such file or folder
io-permission-denied = permission denied
io-is-a-directory = it is a folder
io-invalid-data = not text
unreadable =
    .not-regular = not a regular file ({ $kind })
    .fifo = a FIFO
    .socket = a socket
    .device = a device
    .folder = a folder
    .special = a special file
    .symlink-loop = symlink loop (too many levels of symbolic links)
    .dangling = dangling symbolic link: no such file or directory
    .dangling-to = dangling symbolic link to `{ $target }`: no such file or directory
decode-error = not { $encoding } text: line { $line }, byte column { $column }: found { $found }; { $hint }
    .utf16-without-bom = this looks like UTF-16 without a byte order mark; save it as UTF-8
    .binary = this looks like a binary file, not a plan
    .legacy = the file may be in Big5 or another legacy encoding; save it as UTF-8, or read it with `--encoding big5-hkscs` (or `encoding = "big5-hkscs"` in planlint.toml)
    .utf16-nul = a NUL character: this looks like a binary file, not a plan
    .utf16-surrogate = an unpaired UTF-16 surrogate; save the file as UTF-8
    .utf16-truncated = the file ends halfway through a UTF-16 character: it is cut short; save it again as UTF-8
    .big5-nul = a NUL byte: this looks like a binary file, not a plan
    .not-big5 = not a Big5-HKSCS character; the file may be in another encoding: save it as UTF-8
    .too-large = planlint reads plans of up to 4 GiB of text; split the file

too-large = too large: { $found }, more than 4 GiB by line { $line }; { $hint }

## Rule ids on the command line

unknown-rules = unknown { $count ->
        [one] rule
       *[other] rules
    } { $rules }; `planlint rule --all` lists them
    .near-one = { $id }; did you mean { $near }?
    .near = { $id } (did you mean { $near }?)
    .rule = unknown rule { $id }; `planlint rule --all` lists them
    .rule-near = unknown rule { $id }; did you mean { $near }? `planlint rule --all` lists them

## planlint.toml

config-error = invalid config: { $message }
    .here = here
    .defaults = { $path } is invalid, so this plan is checked with the default rules: { $message }
    .show = planlint: { $path }: { $message }; plans under it are checked with the default rules
    .cannot-read = cannot read config file `{ $path }`: { $reason }
    .unknown-key = unknown key `{ $key }`
    .unknown-key-expected = unknown key `{ $key }`; the keys here are { $expected }
    .bad-value = `{ $value }` is not allowed here; use { $expected }
    .wrong-type = wrong type of value: { $detail }
    .syntax = not valid TOML: { $detail }
    .unknown-rule = unknown rule `{ $id }`; known rules: { $known }
    .unknown-rule-near = unknown rule `{ $id }`; did you mean { $near }?
    .unknown-column = unknown column `{ $key }`; known columns: { $known }
    .invalid-glob = invalid glob `{ $pattern }`: { $why }
    .unknown-encoding = unknown encoding `{ $name }`; planlint reads { $known }

## Pretty output: the headings miette writes, and long lines

pretty-help = {"  help: "}
pretty-note = {"note: "}
pretty-related = {"Advice: "}
too-long-to-show = note: at { $path }:{ $line }:{ $column }; the line is too long to show

## Fixes

fixable = [*] { $safe } fixable with --fix
    .unsafe-only = { $guesses } fixable with --fix --unsafe-fixes (review those changes)
    .both = [*] { $safe } fixable with --fix ({ $guesses } more with --fix --unsafe-fixes)
fixed = fixed { $problems ->
        [one] { $problems } problem
       *[other] { $problems } problems
    } in { $files ->
        [one] { $files } file
       *[other] { $files } files
    }
    .would = would fix { $problems ->
        [one] { $problems } problem
       *[other] { $problems } problems
    } in { $files ->
        [one] { $files } file
       *[other] { $files } files
    }
fixes-not-applied = { $fixes ->
        [one] { $fixes } fix
       *[other] { $fixes } fixes
    } not applied: { $reason }
    .stdin = standard input is checked, not rewritten; run `--fix` on the file itself
    .utf16 = the file is UTF-16 and planlint rewrites only UTF-8 files; save it as UTF-8 to apply them
    .big5 = the file is read as Big5-HKSCS and planlint rewrites only UTF-8 files; save it as UTF-8 to apply them
not-fixed = not fixed: { $reason }
    .changed = the file changed while it was being checked; it was left as it is, run again to fix it
    .read-only = the file is read-only; it was left unchanged
    .outside = the file is a symbolic link to `{ $target }`, outside the checked folders; it was left unchanged
    .io = cannot write the fixes ({ $reason }); the file is unchanged

statistics-total = total in { $files ->
        [one] { $files } file
       *[other] { $files } files
    }

## --show-files

skipped = skipped { $path }: { $reason }
    .not-checked = not checked { $path }: { $reason }
    .hidden = hidden
    .build-folder = a build folder
    .ignored = ignored by .gitignore
    .excluded = excluded by [files] exclude
    .not-included = not a plan file (*.txt, *.tsv or [files] include)

## The language server

hover-help = help: { $help }

## planlint ledger (the pretty table; JSON and CSV fields stay English)

ledger-none = no plans with an issuer and plan years found
ledger-family = { $issuer } ({ $language }): plans { $plans }, as of { $month }
ledger-dataset = dataset
ledger-target = target
ledger-status = status
ledger-released = released
ledger-late = late
ledger-moved = moved
ledger-months = { $months } mo
ledger-totals = { $promised } promised: { $on_time } on time, { $late } late, { $rescheduled } rescheduled, { $overdue } overdue, { $pending } pending, { $dropped } dropped; { $unpromised } unpromised
ledger-status-released-on-time = released-on-time
ledger-status-released-late = released-late
ledger-status-rescheduled = rescheduled
ledger-status-overdue = overdue
ledger-status-pending = pending
ledger-status-dropped = dropped
ledger-status-unpromised-release = unpromised-release

## planlint report (the page's labels; the plans' text stays as written)

report-title = Open data plans as of { $as_of }
report-heading = Open data plans
report-lead = { $files } plan files of { $issuers } bureaux and departments; promises judged as of { $as_of }.
report-sections = Sections
report-summary = Summary
report-promises = Promises
report-catalogue = Catalogue
report-issuers = Bureaux and departments
report-datasets = Every dataset
report-files = Plan files
report-datasets-count = Datasets
report-errors = Errors
report-warnings = Warnings
report-notes = Notes
report-counted = Promises and datasets are counted in each bureau's first language (Traditional Chinese where it has it); the table at the end lists every language version.
report-by-rule = Findings by rule
report-rule = Rule
report-findings = Findings
report-issuer = Bureau or department
report-plans = Plans
report-promised = Promised
report-on-time = On time
report-overdue = Overdue
report-dropped = Dropped
report-years = Plan years
report-zh-hant = Traditional Chinese
report-en = English
report-zh-hans = Simplified Chinese
report-missing = missing
report-no-findings = No findings.
report-findings-heading = Findings:
report-n-errors = { $n } errors
report-n-warnings = { $n } warnings
report-n-notes = { $n } notes
report-where = Where
report-severity = Severity
report-text = Text
report-message = Message
report-more = { $n } more findings are not listed here; <code>planlint check</code> lists them all.
report-datasets-lead = One row per dataset of each plan family (one bureau, one language): its latest target or release date and what became of its promise. <code>released-earlier</code>: reported released by the oldest plan read, before any promise the plans show.
report-filter = Filter
report-filter-placeholder = name, bureau, category, format…
report-status = Status
report-any = any
report-language = Language
report-n-datasets = { $n } datasets
report-shown = { $n } of { $total } datasets shown
report-bureau = Bureau
report-lang = Lang.
report-dataset = Dataset
report-category = Category
report-date = Date
report-frequency = Frequency
report-formats = Formats
report-months-late = Months late
report-footer = Made by planlint { $version }. Every count on this page comes from the plan files listed above.
report-stat-promised = Promised
report-stat-on-time = Released on time
report-stat-late = Released late
report-stat-rate = On-time rate
report-stat-months-late = Months late (mean, most)
report-stat-rescheduled = Rescheduled
report-stat-reschedules = Reschedules
report-stat-overdue = Overdue
report-stat-dropped = Dropped
report-stat-pending = Pending
report-stat-unpromised = Released unpromised
report-status-released-earlier = released-earlier
report-unknown-issuer = Plans without a known issuer
report-chart-years = Promised (by first target) and released, per year
report-chart-status = What became of the promises
report-chart-formats = Formats named ({ $readable } of { $datasets } datasets in a machine-readable format)
report-chart-frequencies = Update frequencies
report-chart-categories = Data categories
report-chart-spatial = Spatial and non-spatial data
report-bar-promised = promised
report-bar-released = released
report-bar-on-time = released on time
report-bar-late = released late
report-bar-rescheduled = rescheduled
report-bar-overdue = overdue
report-bar-pending = pending
report-bar-dropped = dropped
report-bar-unpromised = released unpromised
report-bar-not-machine-readable = { $format } (not machine-readable)
report-bar-no-format = no format named
report-bar-spatial = spatial
report-bar-non-spatial = non-spatial
report-bar-not-stated = not stated (older layout)
report-bar-others = { $n } others
report-issuer-promises = Promises ({ $language }): { $promised } promised, { $on_time } released on time and { $late } late (on-time rate { $rate }, { $months } months late on average), { $reschedules } reschedules, { $overdue } overdue, { $dropped } dropped, { $not_due } not yet due.
report-every-finding = Every finding of { $issuer }
report-severity-error = error
report-severity-warning = warning
report-severity-info = info
