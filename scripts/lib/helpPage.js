/*
 * The add-in's help page (help.html, and help.zh-CN.html for Chinese Office), made at build time from
 * the custom functions' metadata (functions.json / functions.zh-CN.json), so that every function and
 * parameter listed is one Excel knows, described in the same words as in Excel's formula help.
 */

const TEXT = {
  en: {
    lang: "en",
    title: "Jilin Mining Model: help",
    heading: "Jilin Mining Model",
    intro:
      "An Excel add-in for investors and finance teams weighing a Bitcoin-mining operation in Jilin Province: at what BTC price and power price it breaks even, what hydro power costs across Jilin's seasons, how many tonnes of CO2 it emits, and what the risk of a forced shutdown does to the value of the investment.",
    functions: "Custom functions",
    functionsIntro: "Type =JILIN. in a cell. Optional parameters are in square brackets; a blank optional argument takes its default. A bad argument gives #VALUE! or #N/A with a message naming the parameter, its unit and its range.",
    model: "Building a model",
    modelText:
      "Home › Mining Model opens the task pane. Its wizard builds a live investment model in three new sheets: the model (inputs in yellow cells, results, scenarios, tornado, sensitivity grid), its monthly schedule (header row and month column frozen) and a one-page summary to print. Nothing else in the workbook is changed. Every figure is a formula: change an input and the model recalculates. Edit model reopens the wizard; Rebuild model rewrites the same sheets in place; Make portable rewrites the JILIN functions as native Excel formulas, for colleagues without the add-in.",
    legalHeading: "Legal notice",
    legal:
      "Bitcoin mining has been prohibited in mainland China since 2021 (State Council Financial Stability and Development Committee, 21 May 2021; NDRC and ten departments' notice 发改运行〔2021〕1283号, published 24 September 2021). This add-in is an analysis tool, not legal advice.",
    other: "中文帮助",
    otherHref: "help.zh-CN.html",
  },
  "zh-CN": {
    lang: "zh-CN",
    title: "吉林比特币挖矿模型：帮助",
    heading: "吉林比特币挖矿模型",
    intro:
      "供评估吉林省比特币挖矿项目的投资者和财务团队使用的 Excel 加载项：在什么比特币价格和电价下盈亏平衡，丰水期和枯水期的水电实际成本，二氧化碳排放量，以及强制关停风险对投资价值的影响。",
    functions: "自定义函数",
    functionsIntro: "在单元格中输入“=JILIN.”。方括号中的参数为可选参数；可选参数留空时取默认值。参数错误时返回 #VALUE! 或 #N/A，并说明参数名称、单位和取值范围。函数名在所有语言中相同。",
    model: "构建模型",
    modelText:
      "“开始 › 挖矿模型”打开任务窗格。向导在三个新工作表中构建动态投资模型：模型（黄色单元格为输入，以及结果、情景、龙卷风图和敏感性表）、月度现金流表（冻结标题行和月份列）以及可打印的一页摘要。工作簿中的其他内容不会被修改。每个数字都是公式：修改输入后模型会重新计算。“Edit model”重新打开向导；“Rebuild model”在原位置重写同一组工作表；“Make portable”将 JILIN 函数改写为 Excel 原生公式，供没有安装加载项的同事使用。在“Review”步骤中可选择中文工作簿和以人民币显示的摘要。",
    legalHeading: "法律声明",
    legal:
      "自 2021 年起中国大陆禁止比特币挖矿（国务院金融稳定发展委员会 2021 年 5 月 21 日提出“打击比特币挖矿和交易行为”；国家发展改革委等部门《关于整治虚拟货币“挖矿”活动的通知》，发改运行〔2021〕1283号）。本加载项仅为分析工具，不构成法律意见。",
    other: "Help in English",
    otherHref: "help.html",
  },
};

const escapeHtml = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/**
 * @param {{ functions: { id: string, name: string, description?: string, parameters?: { name: string, description?: string, optional?: boolean }[] }[] }} metadata
 * @param {"en" | "zh-CN"} lang
 * @param {string} namespace the functions' namespace, JILIN
 */
function renderHelp(metadata, lang, namespace) {
  const t = TEXT[lang];
  const fn = metadata.functions
    .map((f) => {
      const params = f.parameters ?? [];
      const signature = `${namespace}.${f.name}(${params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
      const rows = params.map((p) => `<li><code>${escapeHtml(p.name)}</code>: ${escapeHtml(p.description ?? "")}</li>`).join("");
      return `<section id="${escapeHtml(f.id)}"><h3><code>${escapeHtml(signature)}</code></h3><p>${escapeHtml(f.description ?? "")}</p><ul>${rows}</ul></section>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="${t.lang}">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(t.title)}</title>
    <style>body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;max-width:760px;margin:24px auto;padding:0 16px;line-height:1.5}code{font-size:0.95em}h3{margin-bottom:0.2em}section p{margin-top:0.2em}.notice{border-left:4px solid #c50f1f;padding-left:12px}</style>
  </head>
  <body>
    <p><a href="${t.otherHref}" lang="${lang === "en" ? "zh-CN" : "en"}">${escapeHtml(t.other)}</a></p>
    <h1>${escapeHtml(t.heading)}</h1>
    <p>${escapeHtml(t.intro)}</p>
    <h2>${escapeHtml(t.legalHeading)}</h2>
    <p class="notice">${escapeHtml(t.legal)}</p>
    <h2>${escapeHtml(t.model)}</h2>
    <p>${escapeHtml(t.modelText)}</p>
    <h2>${escapeHtml(t.functions)}</h2>
    <p>${escapeHtml(t.functionsIntro)}</p>
${fn}
  </body>
</html>
`;
}

module.exports = { renderHelp };
