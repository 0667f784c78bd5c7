"""Child order of WordprocessingML elements, from the ECMA-376 / ISO 29500 schema (wml.xsd).

Word and WPS refuse (「文件已损坏」) a .docx whose property elements are out of `xsd:sequence` order;
LibreOffice does not care, so nothing else here would notice. tests/test_docx_schema_order.py checks
every rendered document against ORDER.

Sources:
- python-docx 1.x, which declares each sequence as the `_tag_seq` its `ZeroOrOne(successors=...)`
  are cut from: docx/oxml/text/font.py (CT_RPr), text/parfmt.py (CT_PPr), section.py (CT_SectPr),
  table.py (CT_TblPr, CT_TrPr, CT_TcPr), styles.py (CT_Style, CT_Styles), settings.py (CT_Settings).
- The wml.xsd excerpts quoted in python-docx's analysis docs (CT_Body, CT_Tbl, CT_DocDefaults,
  CT_HdrFtrRef) and in dolanmiu/docx's sources (CT_TblCellMar, CT_TrPrBase, CT_Font).

Each ORDER entry is the sequence of one element's children. An item is a tag, or a tuple of tags
that share a rank (an `xsd:choice` inside the sequence); "*" stands for every child not named
(p/r/tc content). Children named nowhere in an entry are ignored (extensions such as w14:*).
A child may repeat only if it is in REPEATABLE.
"""

from __future__ import annotations

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "sl": "http://schemas.openxmlformats.org/schemaLibrary/2006/main",
}

# CT_RPr; inside a w:pPr it is CT_ParaRPr, which adds ins/del/moveFrom/moveTo before and
# rPrChange after the same run properties.
RPR = (
    "w:ins", "w:del", "w:moveFrom", "w:moveTo",
    "w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike",
    "w:dstrike", "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid",
    "w:vanish", "w:webHidden", "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz",
    "w:szCs", "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign",
    "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath",
    "w:rPrChange",
)

PPR = (
    "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl",
    "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens",
    "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE",
    "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
    "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
    "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr",
    "w:sectPr", "w:pPrChange",
)

SECTPR = (
    ("w:headerReference", "w:footerReference"),  # EG_HdrFtrReferences, a choice, up to 6
    "w:footnotePr", "w:endnotePr", "w:type", "w:pgSz", "w:pgMar", "w:paperSrc", "w:pgBorders",
    "w:lnNumType", "w:pgNumType", "w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg",
    "w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange",
)

TBLPR = (
    "w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders",
    "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription",
    "w:tblPrChange",
)

# CT_TrPrBase is an xsd:choice (any order); Word writes this order, and so do we.
TRPR = (
    "w:cnfStyle", "w:divId", "w:gridBefore", "w:gridAfter", "w:wBefore", "w:wAfter", "w:cantSplit",
    "w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden", "w:ins", "w:del",
    "w:trPrChange",
)

TCPR = (
    "w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders", "w:shd", "w:noWrap",
    "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark", "w:headers",
    "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange",
)

STYLE = (
    "w:name", "w:aliases", "w:basedOn", "w:next", "w:link", "w:autoRedefine", "w:hidden",
    "w:uiPriority", "w:semiHidden", "w:unhideWhenUsed", "w:qFormat", "w:locked", "w:personal",
    "w:personalCompose", "w:personalReply", "w:rsid", "w:pPr", "w:rPr", "w:tblPr", "w:trPr",
    "w:tcPr", "w:tblStylePr",
)

SETTINGS = (
    "w:writeProtection", "w:view", "w:zoom", "w:removePersonalInformation", "w:removeDateAndTime",
    "w:doNotDisplayPageBoundaries", "w:displayBackgroundShape", "w:printPostScriptOverText",
    "w:printFractionalCharacterWidth", "w:printFormsData", "w:embedTrueTypeFonts",
    "w:embedSystemFonts", "w:saveSubsetFonts", "w:saveFormsData", "w:mirrorMargins",
    "w:alignBordersAndEdges", "w:bordersDoNotSurroundHeader", "w:bordersDoNotSurroundFooter",
    "w:gutterAtTop", "w:hideSpellingErrors", "w:hideGrammaticalErrors", "w:activeWritingStyle",
    "w:proofState", "w:formsDesign", "w:attachedTemplate", "w:linkStyles",
    "w:stylePaneFormatFilter", "w:stylePaneSortMethod", "w:documentType", "w:mailMerge",
    "w:revisionView", "w:trackRevisions", "w:doNotTrackMoves", "w:doNotTrackFormatting",
    "w:documentProtection", "w:autoFormatOverride", "w:styleLockTheme", "w:styleLockQFSet",
    "w:defaultTabStop", "w:autoHyphenation", "w:consecutiveHyphenLimit", "w:hyphenationZone",
    "w:doNotHyphenateCaps", "w:showEnvelope", "w:summaryLength", "w:clickAndTypeStyle",
    "w:defaultTableStyle", "w:evenAndOddHeaders", "w:bookFoldRevPrinting", "w:bookFoldPrinting",
    "w:bookFoldPrintingSheets", "w:drawingGridHorizontalSpacing", "w:drawingGridVerticalSpacing",
    "w:displayHorizontalDrawingGridEvery", "w:displayVerticalDrawingGridEvery",
    "w:doNotUseMarginsForDrawingGridOrigin", "w:drawingGridHorizontalOrigin",
    "w:drawingGridVerticalOrigin", "w:doNotShadeFormData", "w:noPunctuationKerning",
    "w:characterSpacingControl", "w:printTwoOnOne", "w:strictFirstAndLastChars",
    "w:noLineBreaksAfter", "w:noLineBreaksBefore", "w:savePreviewPicture",
    "w:doNotValidateAgainstSchema", "w:saveInvalidXml", "w:ignoreMixedContent",
    "w:alwaysShowPlaceholderText", "w:doNotDemarcateInvalidXml", "w:saveXmlDataOnly",
    "w:useXSLTWhenSaving", "w:saveThroughXslt", "w:showXMLTags", "w:alwaysMergeEmptyNamespace",
    "w:updateFields", "w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars",
    "w:rsids", "m:mathPr", "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade", "w:captions",
    "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary", "w:shapeDefaults",
    "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator",
)

# CT_TblCellMar / CT_TcMar / CT_TblBorders (transitional: left|start, right|end share a rank).
CELL_MARGINS = ("w:top", ("w:left", "w:start"), "w:bottom", ("w:right", "w:end"))
BORDERS = (*CELL_MARGINS, "w:insideH", "w:insideV")

FONT = (
    "w:altName", "w:panose1", "w:charset", "w:family", "w:notTrueType", "w:pitch", "w:sig",
    "w:embedRegular", "w:embedBold", "w:embedItalic", "w:embedBoldItalic",
)

ORDER: dict[str, tuple] = {
    "w:document": ("w:background", "w:body"),
    "w:body": ("*", "w:sectPr"),  # the body's own sectPr, if any, is its last child
    "w:p": ("w:pPr", "*"),
    "w:r": ("w:rPr", "*"),
    "w:tbl": ("w:tblPr", "w:tblGrid", "w:tr"),
    "w:tblGrid": ("w:gridCol", "w:tblGridChange"),
    "w:tr": ("w:tblPrEx", "w:trPr", "*"),
    "w:tc": ("w:tcPr", "*"),
    "w:rPr": RPR,
    "w:pPr": PPR,
    "w:sectPr": SECTPR,
    "w:tblPr": TBLPR,
    "w:trPr": TRPR,
    "w:tcPr": TCPR,
    "w:tblCellMar": CELL_MARGINS,
    "w:tcMar": CELL_MARGINS,
    "w:tblBorders": BORDERS,
    "w:tcBorders": ("w:top", ("w:left", "w:start"), "w:bottom", ("w:right", "w:end"),
                    "w:insideH", "w:insideV", "w:tl2br", "w:tr2bl"),
    "w:styles": ("w:docDefaults", "w:latentStyles", "w:style"),
    "w:docDefaults": ("w:rPrDefault", "w:pPrDefault"),
    "w:style": STYLE,
    "w:settings": SETTINGS,
    "w:font": FONT,
}

# Children that may occur more than once (maxOccurs > 1); "*" (content) always may.
REPEATABLE = {
    "w:body": {"*"},
    "w:p": {"*"},
    "w:r": {"*"},
    "w:tbl": {"w:tr"},
    "w:tblGrid": {"w:gridCol"},
    "w:tr": {"*"},
    "w:tc": {"*"},
    "w:sectPr": {"w:headerReference", "w:footerReference"},
    "w:styles": {"w:style"},
    "w:settings": {"w:activeWritingStyle", "w:attachedSchema", "w:smartTagType"},
}
