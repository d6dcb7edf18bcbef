/*
 * The texts the add-in's workbook layer hands to the task pane, in English and Simplified Chinese (the
 * `addin` part of the resources): why a saved model is refused, why a build, rebuild, Monte Carlo
 * write or portable rewrite failed, the build's progress, what changed in the model sheet, why a
 * saved state cannot be used and why this Excel is too old. Whole sentences with named placeholders;
 * names, numbers and Excel's own messages are put in by the caller (src/i18n/addin.ts renders them).
 * The English is the sentence the add-in has always shown, word for word. Terms follow
 * docs/glossary.zh-CN.md; sheet names stand in “”.
 */

/** The reason the saved model is not the workbook's any more: the first sentence of each refusal. */
const NO_LONGER_MATCHES = "The saved model no longer matches this workbook; build a new model.";
const NO_LONGER_MATCHES_ZH = "已保存的模型与此工作簿不再相符；请建立新模型。";

export const en = {
  /** A saved model that cannot be used as it stands (BuildError reason "refused"). */
  refused: {
    sheetGone: `${NO_LONGER_MATCHES} (the sheet it was built in is no longer in this workbook)`,
    markerGone: `${NO_LONGER_MATCHES} (the sheet “{{sheet}}” no longer carries the add-in's marker)`,
    nameOutside: `${NO_LONGER_MATCHES} (the name {{name}} now points outside the model's sheets)`,
    monteCarloArea: `${NO_LONGER_MATCHES} (its Monte Carlo area {{name}} is missing, was resized or moved off the model sheet)`,
    nameExists: "The model could not be rebuilt: the name {{name}} already exists and was not created by Jilin Mining Model. Rename or delete it, or build a new model. Nothing was changed.",
  },
  /** The model sheet changed since the pane read it (BuildError reason "stale"). */
  stale: {
    inputsChanged: "The model sheet's inputs changed since the pane read them. Review the differences, then rebuild. Nothing was changed.",
    invalidInput: "The model sheet has an invalid input: {{problem}}. Correct it first; nothing was changed.",
  },
  /** An operation that failed and was undone; {{detail}} is Excel's (or the core's) message, {{undo}} the undo's own failure. */
  failed: {
    build: "The model could not be built: {{detail}}. Your workbook is unchanged.",
    rebuild: "The model could not be rebuilt: {{detail}}. Your workbook is unchanged.",
    buildUndo: "The model could not be built: {{detail}}. Undoing the partial build also failed ({{undo}}); check the model sheet before going on.",
    rebuildUndo: "The model could not be rebuilt: {{detail}}. Undoing the partial rebuild also failed ({{undo}}); check the model sheet before going on.",
    monteCarlo: "The Monte Carlo results could not be written: {{detail}}. The model sheet is as it was.",
    monteCarloUndo: "The Monte Carlo results could not be written: {{detail}}. Undoing the partial write also failed ({{undo}}).",
    portable: "The model could not be made portable: {{detail}}. Your workbook is unchanged.",
    read: "The model could not be read: {{detail}}.",
  },
  /** The build's steps, as its progress bar names them. */
  progress: {
    tornado: "Computing the tornado",
    grid: "Computing the sensitivity grid",
    reading: "Reading the workbook",
    writing: "Writing the model",
    calculating: "Calculating",
    done: "Done",
  },
  /** A model sheet whose layout no longer fits the model: the reasons are joined into {{problems}}. */
  layout: {
    changed: "The model sheet's layout changed: {{problems}}. Rebuild the model to restore it",
    profileCells: "the hydro profile {{name}} now has {{cells}} cells instead of 12 (rows were inserted or deleted in it)",
    scenarioCells: "the {{scenario}} scenario's inputs {{name}} now have {{cells}} cells instead of {{expected}}",
    movedOne: "{{names}} now points outside the model sheet “{{sheet}}” (cells were moved to another sheet)",
    movedMany: "{{names}} now point outside the model sheet “{{sheet}}” (cells were moved to another sheet)",
  },
  /** A sheet value the core refused: its message, named as the user reads it. */
  inputProblem: "{{problem}}",
  /** An input changed in the model sheet: its label and the values shown for it. */
  change: {
    miner: "Miner",
    withUnit: "{{label}} ({{unit}})",
    hydroShare: "{{month}} hydro share",
    items: "{{list}} items",
    item: "{{list}} item {{n}}",
    scenario: "{{scenario}}: {{label}}",
    blank: "(blank)",
    itemCount: "{{n}} items",
    minerShown: "{{name}} ({{ths}} TH/s, {{watts}} W)",
    lineItem: "{{label}}: {{amount}} {{currency}}",
  },
  /** The state saved in the workbook that the pane cannot use; {{why}} is one of the reasons below or the core's message. */
  saved: {
    corrupted: "The model saved in this workbook cannot be read ({{why}}). The wizard starts from the defaults; your sheets are untouched.",
    notJson: "it is not valid JSON",
    notObject: "it is not an object",
    noSchema: "it has no schema version",
    unknownSchema: "unknown schema {{schema}}",
    incomplete: "the wizard's inputs are incomplete",
    notRecorded: "the sheet and names it built are not recorded",
    invalidInputs: "its inputs are invalid",
    newer: "The model in this workbook was saved by a newer version of Jilin Mining Model (schema {{schema}}; this version reads {{reads}}). Update the add-in to edit it. The wizard starts from the defaults; your sheets are untouched.",
    unsafe: "The model in this workbook was built by an earlier version of Jilin Mining Model, which did not record how to recognise its sheet safely. Build a new model; the old sheet is left as it is.",
    oneSheet: "The model in this workbook was built by an earlier version of Jilin Mining Model as one sheet; this version builds a model sheet with its own schedule and summary sheets. Build a new model; the old sheet is left as it is.",
  },
  /** An Excel without the ExcelApi set the add-in needs; {{perpetual}} is the oldest one-time-purchase Excel that has it. */
  requirement: {
    withPerpetual: "This version of Excel does not support ExcelApi {{version}}, which Jilin Mining Model needs to build and update models. Use Excel for Microsoft 365, Excel on the web, or {{perpetual}} or later.",
    subscriptionOnly: "This version of Excel does not support ExcelApi {{version}}, which Jilin Mining Model needs to build and update models. Use Excel for Microsoft 365 or Excel on the web.",
  },
};

export const zhCN: typeof en = {
  refused: {
    sheetGone: `${NO_LONGER_MATCHES_ZH}（建立模型的工作表已不在此工作簿中）`,
    markerGone: `${NO_LONGER_MATCHES_ZH}（工作表“{{sheet}}”上已没有本加载项的标记）`,
    nameOutside: `${NO_LONGER_MATCHES_ZH}（名称 {{name}} 现在指向模型的工作表之外）`,
    monteCarloArea: `${NO_LONGER_MATCHES_ZH}（其蒙特卡洛模拟区域 {{name}} 已缺失、被改变大小或被移出模型工作表）`,
    nameExists: "无法重建模型：名称 {{name}} 已存在，且不是由吉林比特币挖矿模型创建的。请重命名或删除该名称，或建立新模型。未做任何更改。",
  },
  stale: {
    inputsChanged: "窗格读取模型工作表的输入之后，这些输入已被更改。请查看差异，然后重建。未做任何更改。",
    invalidInput: "模型工作表中有无效的输入：{{problem}}。请先更正；未做任何更改。",
  },
  failed: {
    build: "无法建立模型：{{detail}}。您的工作簿未被更改。",
    rebuild: "无法重建模型：{{detail}}。您的工作簿未被更改。",
    buildUndo: "无法建立模型：{{detail}}。撤销已写入的部分内容时也失败了（{{undo}}）；请先检查模型工作表再继续。",
    rebuildUndo: "无法重建模型：{{detail}}。撤销已写入的部分内容时也失败了（{{undo}}）；请先检查模型工作表再继续。",
    monteCarlo: "无法写入蒙特卡洛模拟结果：{{detail}}。模型工作表保持原样。",
    monteCarloUndo: "无法写入蒙特卡洛模拟结果：{{detail}}。撤销已完成的部分写入也失败了（{{undo}}）。",
    portable: "无法将模型转为可移植：{{detail}}。您的工作簿未被更改。",
    read: "无法读取模型：{{detail}}。",
  },
  progress: {
    tornado: "正在计算龙卷风图",
    grid: "正在计算双因素敏感性表",
    reading: "正在读取工作簿",
    writing: "正在写入模型",
    calculating: "正在计算",
    done: "完成",
  },
  layout: {
    changed: "模型工作表的布局已更改：{{problems}}。请重建模型以恢复布局",
    profileCells: "各月水电比例 {{name}} 现在有 {{cells}} 个单元格，而不是 12 个（其中插入或删除了行）",
    scenarioCells: "{{scenario}}情景的输入 {{name}} 现在有 {{cells}} 个单元格，而不是 {{expected}} 个",
    movedOne: "{{names}} 现在指向模型工作表“{{sheet}}”之外（单元格被移到了另一张工作表）",
    movedMany: "{{names}} 现在指向模型工作表“{{sheet}}”之外（单元格被移到了另一张工作表）",
  },
  inputProblem: "{{problem}}",
  change: {
    miner: "矿机",
    withUnit: "{{label}}（{{unit}}）",
    hydroShare: "{{month}}水电比例",
    items: "{{list}}明细",
    item: "{{list}}明细，第 {{n}} 项",
    scenario: "{{scenario}}：{{label}}",
    blank: "（空白）",
    itemCount: "{{n}} 项",
    minerShown: "{{name}}（{{ths}} TH/s，{{watts}} W）",
    lineItem: "{{label}}：{{amount}} {{currency}}",
  },
  saved: {
    corrupted: "无法读取此工作簿中保存的模型（{{why}}）。向导将从默认值开始；您的工作表未被改动。",
    notJson: "不是有效的 JSON",
    notObject: "不是一个对象",
    noSchema: "没有格式版本号",
    unknownSchema: "未知的格式版本 {{schema}}",
    incomplete: "向导的输入不完整",
    notRecorded: "没有记录它建立的工作表和名称",
    invalidInputs: "其中的输入无效",
    newer: "此工作簿中的模型由更新版本的吉林比特币挖矿模型保存（格式版本 {{schema}}；本版本可读取 {{reads}}）。请更新加载项后再编辑。向导将从默认值开始；您的工作表未被改动。",
    unsafe: "此工作簿中的模型由较早版本的吉林比特币挖矿模型建立，该版本没有记录如何可靠地识别其工作表。请建立新模型；旧工作表保持原样。",
    oneSheet: "此工作簿中的模型由较早版本的吉林比特币挖矿模型建立，只有一张工作表；本版本建立的模型工作表带有各自的月度现金流表和摘要工作表。请建立新模型；旧工作表保持原样。",
  },
  requirement: {
    withPerpetual: "此 Excel 版本不支持 ExcelApi {{version}}，而吉林比特币挖矿模型需要它来建立和更新模型。请使用 Microsoft 365 版 Excel、Excel 网页版，或 {{perpetual}} 及更高版本。",
    subscriptionOnly: "此 Excel 版本不支持 ExcelApi {{version}}，而吉林比特币挖矿模型需要它来建立和更新模型。请使用 Microsoft 365 版 Excel 或 Excel 网页版。",
  },
};
