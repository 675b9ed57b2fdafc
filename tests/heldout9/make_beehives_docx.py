"""Regenerate tests/heldout9/migratory-beekeeping-records-bilingual.docx, a Chinese-English parallel Word file.

    python tests/heldout9/make_beehives_docx.py

Test data only (python-docx, a dependency of regkb's importer). The layout, as a bilingual publisher sets a
provincial normative document: the Chinese and the English title, the document number and a note on the
languages centred above **one two-column table (Table Grid) that holds the whole text**: a header row
("中文" | "English"); **each chapter a row of two cells** (the Chinese heading | the English heading); **each
article a row whose left cell holds the Chinese article and whose right cell holds its English translation**,
each paragraph and item a Word paragraph of its own inside the cell, "第N条" / "Article N" at the start of
the first. Only the English is law for the gold (the note says the Chinese prevails; the gold annotates the
English translation). The output is deterministic (fixed document properties and zip entry dates).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).resolve().parent / "migratory-beekeeping-records-bilingual.docx"
TITLE_ZH = "丰林省转地放蜂记录管理办法"
TITLE_EN = "Measures of Fenglin Province for the Administration of Migratory Beekeeping Records"
NUMBER = "丰农规〔2031〕5号 / Feng Nong Gui [2031] No. 5"
LANG_NOTE = ("（中英文对照。英文译文仅供参考，两种文本如有不一致，以中文本为准。）/ (Chinese-English parallel "
             "text. The English translation is for reference; where the two differ, the Chinese text prevails.)")

# a row is ("chapter", zh, en) or (number, [zh paragraphs], [en paragraphs])
ROWS: list[tuple[object, object, object]] = [
    ("chapter", "第一章　总则", "Chapter I General Provisions"),
    (1, ["第一条　为了规范转地放蜂活动，预防和控制蜜蜂疫病，保护养蜂者的合法权益，根据《中华人民共和国畜牧法》"
         "《中华人民共和国动物防疫法》等法律法规，结合本省实际，制定本办法。"],
        ["Article 1 These Measures are formulated on the basis of the Animal Husbandry Law of the People's "
         "Republic of China, the Law of the People's Republic of China on Animal Epidemic Prevention and other "
         "laws and regulations, and in light of the actual circumstances of this Province, with a view to "
         "regulating migratory beekeeping, preventing and controlling bee diseases and protecting the lawful "
         "rights and interests of beekeepers."]),
    (2, ["第二条　本办法适用于本省行政区域内的转地放蜂活动及其记录管理。",
         "本办法所称转地放蜂，是指养蜂者将蜂群运离其登记地所在县，异地放养十日以上的活动。",
         "本办法所称放蜂日志，是指以纸质或者电子形式记载蜂群来源、数量、转运、饲喂和用药情况的记录。"],
        ["Article 2 These Measures apply to migratory beekeeping within the administrative area of this "
         "Province and to the administration of the records thereof.",
         "For the purposes of these Measures, \u201cmigratory beekeeping\u201d means the moving of bee colonies by "
         "a beekeeper away from the county where they are registered in order to keep them elsewhere for ten "
         "days or more.",
         "\u201cBeekeeping log\u201d, as referred to in these Measures, is the record, on paper or in electronic "
         "form, of the origin, number, movements, feeding and medication of a beekeeper's colonies."]),
    (3, ["第三条　丰林省农业农村厅（以下简称省厅）负责全省转地放蜂记录的监督管理工作。县级农业农村主管部门"
         "（以下简称县级部门）负责本行政区域内的具体工作。"],
        ["Article 3 The Department of Agriculture and Rural Affairs of Fenglin Province (hereinafter \u201cthe "
         "provincial department\u201d) shall oversee the administration of migratory beekeeping records throughout "
         "the Province. It is the responsibility of the county-level agricultural and rural affairs departments "
         "(hereinafter \u201cthe county departments\u201d) to carry out the specific work within their own "
         "administrative areas."]),
    ("chapter", "第二章　记录与检疫", "Chapter II Records and Quarantine"),
    (4, ["第四条　从事转地放蜂的养蜂者应当如实记录所转运每一蜂群的放蜂日志，并在蜂群返回登记地所在县后将日志"
         "保存二年。"],
        ["Article 4 Beekeepers engaged in migratory beekeeping shall see to it that a beekeeping log is kept "
         "truthfully for every colony they move, and shall preserve the log for two years after the colonies "
         "return to the county of registration."]),
    (5, ["第五条　蜂群启运前，养蜂者应当向启运地县级部门申报检疫，并在放蜂日志中载明下列事项：",
         "（一）蜂群数量和来源；",
         "（二）目的地和预计到达日期；",
         "（三）检疫证明编号。",
         "养蜂者不得装运未经检疫合格的蜂群。养蜂者也不得在运输途中开箱放蜂，但运输中断超过四十八小时的除外。"],
        ["Article 5 Prior to the dispatch of bee colonies, the beekeeper shall apply for quarantine to the county "
         "department of the place of dispatch and enter the following particulars in the beekeeping log:",
         "(1) the number and origin of the colonies;",
         "(2) the destination and the expected date of arrival;",
         "(3) the number of the quarantine certificate.",
         "A beekeeper shall not load colonies that have not passed quarantine. Nor may a beekeeper open the "
         "hives to release bees in transit, save where the journey is interrupted for more than forty-eight "
         "hours."]),
    (6, ["第六条　县级部门收到检疫申报后，应当在三个工作日内完成检疫，对检疫合格的蜂群出具本办法第五条第一款"
         "第三项规定的检疫证明。蜂群持有效检疫证明离开登记地所在县不满三十日的，县级部门可以不再重复检疫。"],
        ["Article 6 On receipt of a quarantine application, the county department shall complete the quarantine "
         "within three working days and issue the quarantine certificate referred to in item (3) of the first "
         "paragraph of Article 5 for colonies that pass. The county department is under no obligation to repeat "
         "the quarantine of colonies that left their county of registration less than thirty days earlier with "
         "a valid certificate."]),
    (7, ["第七条　鼓励乡镇人民政府和村民委员会为转地放蜂的养蜂者寻找放蜂场地提供帮助。与放蜂场地相邻的农户在"
         "其作物需要喷施农药时，有权要求养蜂者移走蜂箱。"],
        ["Article 7 Township people's governments and villagers' committees are encouraged to help migratory "
         "beekeepers find sites for their hives. Farmers whose fields adjoin a beekeeping site retain the right "
         "to ask for the hives to be moved where pesticides are to be sprayed on their crops."]),
    (8, ["第八条　省厅应当建立全省养蜂信息平台。养蜂者可以选择在平台上记录放蜂日志，代替纸质记录；养蜂者选择"
         "在平台上记录的，平台运营者不得将日志数据用于转地放蜂管理以外的用途。"],
        ["Article 8 The provincial department shall establish a provincial beekeeping information platform. "
         "Beekeepers may elect to keep the beekeeping log on the platform instead of on paper, in which case the "
         "operator of the platform shall refrain from using the log data for any purpose other than the "
         "administration of migratory beekeeping."]),
    ("chapter", "第三章　法律责任", "Chapter III Legal Liability"),
    (9, ["第九条　养蜂者违反本办法第四条规定，未记录放蜂日志的，由县级部门责令限期改正；逾期不改正的，处二千元"
         "以下罚款。",
         "养蜂者违反本办法第五条第二款规定，在运输途中开箱放蜂的，由县级部门给予警告；造成疫病传播的，依法承担"
         "赔偿责任。"],
        ["Article 9 A beekeeper who fails to keep the beekeeping log in accordance with Article 4 shall be ordered "
         "by the county department to rectify within a time limit; should he or she fail to rectify within the "
         "time limit, a fine of not more than 2,000 yuan shall be imposed.",
         "Where a beekeeper releases bees in transit in breach of the second paragraph of Article 5, the county "
         "department shall give a warning; and if the bees spread a disease as a result, the beekeeper shall "
         "bear liability for compensation for the losses of others in accordance with law."]),
    (10, ["第十条　农业农村部门工作人员在转地放蜂记录管理工作中滥用职权、玩忽职守、徇私舞弊的，依法给予处分；"
          "构成犯罪的，依法追究刑事责任。"],
         ["Article 10 Functionaries of the agricultural and rural affairs departments who abuse their powers, "
          "neglect their duties or practise favouritism in the administration of migratory beekeeping records "
          "shall be given sanctions according to law; if the conduct amounts to a crime, the offender shall be "
          "prosecuted for criminal liability."]),
    ("chapter", "第四章　附则", "Chapter IV Supplementary Provisions"),
    (11, ["第十一条　本办法自2032年3月1日起施行，有效期五年。"],
         ["Article 11 These Measures shall come into force on 1 March 2032 and shall remain valid for five "
          "years."]),
]


def fill(cell: object, paragraphs: list[str], *, bold: bool = False) -> None:
    first = True
    for text in paragraphs:
        p = cell.paragraphs[0] if first else cell.add_paragraph()  # type: ignore[attr-defined]
        first = False
        if text.startswith(("(", "（")):
            p.paragraph_format.left_indent = Pt(12)
        run = p.add_run(text)
        run.bold = bold


def main() -> None:
    d = docx.Document()
    d.core_properties.author = "Fenglin Legal Publishing House"
    d.core_properties.title = TITLE_EN
    d.core_properties.created = d.core_properties.modified = dt.datetime(2031, 12, 20, 10, 0, 0)
    d.core_properties.last_modified_by = "Bilingual Editing Desk"
    d.core_properties.revision = 3
    d.styles["Normal"].font.size = Pt(10.5)
    for text, size in ((TITLE_ZH, 14), (TITLE_EN, 13), (NUMBER, 10.5), (LANG_NOTE, 9)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(text)
        run.font.size = Pt(size)
        run.bold = size > 12
    table = d.add_table(rows=0, cols=2)
    table.style = d.styles["Table Grid"]
    header = table.add_row().cells
    fill(header[0], ["中文"], bold=True)
    fill(header[1], ["English"], bold=True)
    for kind, zh, en in ROWS:
        cells = table.add_row().cells
        if kind == "chapter":
            fill(cells[0], [str(zh)], bold=True)
            fill(cells[1], [str(en)], bold=True)
        else:
            fill(cells[0], list(zh))  # type: ignore[call-overload]
            fill(cells[1], list(en))  # type: ignore[call-overload]
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed entry dates (python-docx stamps the time of saving)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2031, 12, 20, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, src.read(info.filename))


if __name__ == "__main__":
    main()
