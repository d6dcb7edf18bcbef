/*
 * The core's error messages as i18next resources, one whole sentence per kind of ModelError detail
 * (src/core/errors.ts), rendered by src/i18n/errorSentences.ts. English is the source: rendered from a
 * detail, the English sentence is the core's message byte for byte (a test checks it); English names an
 * input by its key, other languages by its label, and a JILIN function's parameter keeps the name Excel
 * shows in every language. Chinese follows docs/glossary.zh-CN.md and the wording of the sheet's own
 * input checks (workbook/inputRules.ts); JSON keys, parameter, preset and miner names, units and
 * numbers stay as they are.
 */
import { PARTS } from "../core/model/catalogue";
import { PART_LABELS_ZH } from "./sheet.zh-CN";

export const en = {
  /** A ModelError without detail: its English message, introduced by what kind of error it is. */
  fallback: {
    INVALID_INPUT: "invalid input: {{message}}",
    NO_SOLUTION: "no solution: {{message}}",
    UNKNOWN_NAME: "unknown name: {{message}}",
  },
  /** A requirement followed by the value given. */
  withGot: "{{message}} (got {{got}})",
  /** A name followed by its unit. */
  withUnit: "{{name}} ({{unit}})",
  /** A closed or half-open interval in words: "in [0, 1)". */
  interval: "in {{interval}}",
  /** Between the items of a list of names. */
  listSeparator: ", ",
  range: "{{requirement}} (got {{got}})",
  notNumber: "{{requirement}} (got {{got}})",
  textMax: "{{name}} must be a text of at most {{max}} characters",
  date: "{{name}} must be an ISO date YYYY-MM-DD (got {{got}})",
  notBoolean: "{{name}} must be true or false (got {{got}})",
  unknownKey: 'unknown key "{{key}}"; known keys: {{known}}',
  unknownKeyIn: '{{where}}: unknown key "{{key}}" (known: {{known}})',
  unknownPreset: '{{name}}: unknown preset "{{preset}}"; known presets: {{known}}',
  unknownMiner: '{{name}}: unknown miner "{{model}}"; known models: {{known}}',
  inputsNotObject: "model inputs must be a JSON object (got {{got}})",
  minerType: '{{name}} must be a catalogue name ({{known}}) or { "hashrateThS", "powerW", "priceUsdPerTh" } (got {{got}})',
  lineItemsNotList: '{{name}} must be a list of { "label", "usd" } or { "label", "cny" } (got {{got}})',
  lineItemNotObject: '{{name}} must be { "label", "usd" } or { "label", "cny" } (got {{got}})',
  lineItemCurrency: '{{name}} must have exactly one of "usd" or "cny"',
  profileLength: "{{name}} must be a list of {{length}} fractions, Jan..Dec (got {{got}})",
  scenariosNotObject: "{{name}} must be an object with bear, base and/or bull (got {{got}})",
  unknownScenario: '{{name}}: unknown scenario "{{scenario}}" (known: {{known}})',
  scenarioNotObject: "{{name}} must be an object of overrides (got {{got}})",
  startNotFirstOfMonth: '{{name}} must be the first day of a month (got "{{date}}")',
  startPastCalendar: "{{name}} {{date}} with {{horizon}} {{months}} runs past December 9999, the last month Excel's calendar holds",
  startBeforeBlockZero: "{{name}} {{date}} lies before block 0 for {{heightName}} {{height}} on {{anchorDate}}",
  asOfTooFar: "{{name}} {{date}} is {{months}} months from the start {{start}}; it must be within {{max}} months (ten years)",
  noBtcEarned: "BREAKEVEN: no BTC is earned (block_reward_btc + fees_btc_per_block is 0), so no price breaks even",
  tornadoSwing: "the tornado swing must be a fraction {{range}} (got {{got}})",
  gridSize: "the grid size must be an odd whole number from {{min}} to {{max}} (got {{got}})",
  /** A JILIN function's argument errors: `name` is the parameter as Excel shows it, in every language. */
  blankArgument: "{{name}} is required: {{what}} (the argument is blank)",
  blankDate: "{{name}} is required: a date (an Excel date serial or text YYYY-MM-DD) (the argument is blank)",
  dateArgument: "{{name}} must be a date (an Excel date serial in [1, {{max}}] or text YYYY-MM-DD) (got {{got}})",
  monthArgument: "{{name}} must be a whole month 1..12 or an Excel date (a serial > 12, up to {{max}}) (got {{got}})",
  notRange: "{{name}} must be a range of exactly {{count}} cells (got {{got}})",
  rangeSize: "{{name}} must be a range of exactly {{count}} cells (got {{cells}})",
  blankCell: "{{name}}: {{cell}} is blank; every cell must be {{what}}",
  badCell: "{{name}}: {{cell}} must be {{what}} (got {{got}})",
  dateBeforeBlockZero: "{{name}} must not fall before block 0: {{date}} projects to block height {{height}} from anchor_height {{anchorHeight}}",
  notModelName: '{{name}} must be a miner model name such as "{{example}}" (got {{got}})',
  oneOf: "{{name}} must be one of {{options}} (got {{got}})",
  /** A cell of a range argument: by its position, or by its month and position. */
  cell: {
    plain: "cell {{n}}",
    month: "{{month}} (cell {{n}})",
  },
  /** The Monte Carlo settings' sentences, by setting. */
  monteCarlo: {
    paths: "{{name}} must be a whole number {{range}} (got {{got}})",
    seed: "{{name}} must be a whole number {{range}} (got {{got}})",
    btcVolatilityAnnual: "{{name}} must be a fraction per year {{range}} (got {{got}})",
    networkVolatilityAnnual: "{{name}} must be a fraction per year {{range}} (got {{got}})",
    priceHashrateCorrelation: "{{name}} must be a correlation {{range}} (got {{got}})",
    btcDriftMonthly: "{{name}} must be {{range}} (got {{got}})",
  },
  /** The Monte Carlo settings' names (English messages use the option's key). */
  setting: {
    paths: "Monte Carlo paths",
    seed: "Random seed",
    btcVolatilityAnnual: "BTC price volatility per year",
    networkVolatilityAnnual: "Network hashrate growth volatility per year",
    priceHashrateCorrelation: "Correlation of BTC price and network hashrate",
    btcDriftMonthly: "BTC price drift per month",
  },
  /** Names of the structured inputs and their parts (the scalar inputs' labels are `input.*`). */
  label: {
    siteName: "Site name",
    miner: "Miner",
    minerName: "Custom miner's name",
    minerHashrateThS: PARTS.minerHashrateThS.label as string,
    minerPowerW: PARTS.minerPowerW.label as string,
    scenarios: "Scenarios",
  },
  /** A part of a structured input, named from the input's label. */
  subject: {
    scenario: "the {{scenario}} scenario",
    scenarioInput: "{{name}} in the {{scenario}} scenario",
    month: "{{name}} for {{month}}",
    item: "item {{n}} of {{name}}",
    itemLabel: "the label of item {{n}} of {{name}}",
    itemAmount: "the {{currency}} amount of item {{n}} of {{name}}",
  },
  /** A value given, shown back (numbers and TRUE/FALSE are shown as they are). */
  value: {
    blank: "a blank",
    null: "null",
    text: 'text "{{text}}"',
    range: "a range",
    list: "a list",
    listOf: "{{length}} values",
    object: "an object",
    other: "{{text}}",
  },
  /** Where the command line found the error: the config file, or a flag. */
  where: {
    config: "config {{file}}: {{message}}",
    flag: "{{flag}}: {{message}}",
  },
};

export const zhCN: typeof en = {
  fallback: {
    INVALID_INPUT: "输入无效：{{message}}",
    NO_SOLUTION: "无解：{{message}}",
    UNKNOWN_NAME: "名称未知：{{message}}",
  },
  withGot: "{{message}}（输入值：{{got}}）",
  withUnit: "{{name}}（{{unit}}）",
  interval: "范围 {{interval}}",
  listSeparator: "、",
  range: "{{requirement}}（输入值：{{got}}）",
  notNumber: "{{requirement}}（输入值：{{got}}，不是数值）",
  textMax: "{{name}}必须是最多 {{max}} 个字符的文本",
  date: "{{name}}必须是 YYYY-MM-DD 格式的日期（输入值：{{got}}）",
  notBoolean: "{{name}}必须为 true 或 false（输入值：{{got}}）",
  unknownKey: "未知的键“{{key}}”；可用的键：{{known}}",
  unknownKeyIn: "{{where}}中有未知的键“{{key}}”（可用的键：{{known}}）",
  unknownPreset: "{{name}}没有名为“{{preset}}”的预设；可用的预设：{{known}}",
  unknownMiner: "{{name}}“{{model}}”不在矿机目录中；目录中的型号：{{known}}",
  inputsNotObject: "模型输入必须是一个 JSON 对象（输入值：{{got}}）",
  minerType: '{{name}}必须是矿机目录中的型号名称（{{known}}），或自定义矿机 { "hashrateThS", "powerW", "priceUsdPerTh" }（输入值：{{got}}）',
  lineItemsNotList: '{{name}}必须是由 { "label", "usd" } 或 { "label", "cny" } 组成的列表（输入值：{{got}}）',
  lineItemNotObject: '{{name}}必须是 { "label", "usd" } 或 { "label", "cny" } 形式的对象（输入值：{{got}}）',
  lineItemCurrency: '{{name}}必须有且只有 "usd" 或 "cny" 其中之一',
  profileLength: "{{name}}必须是由 {{length}} 个小数组成的列表，依次为1月至12月（输入值：{{got}}）",
  scenariosNotObject: "{{name}}必须是一个对象，其键为 bear（悲观）、base（基准）和/或 bull（乐观）（输入值：{{got}}）",
  unknownScenario: "{{name}}只能包含 {{known}}，不能包含“{{scenario}}”",
  scenarioNotObject: "{{name}}必须是由覆盖值组成的对象（输入值：{{got}}）",
  startNotFirstOfMonth: "{{name}}必须是某月的第一天（输入值：{{date}}）",
  startPastCalendar: "{{name}}为 {{date}}、{{horizon}}为 {{months}} 个月时，模型会超出 9999 年 12 月，即 Excel 日历的最后一个月",
  startBeforeBlockZero: "{{name}}为 {{date}} 时，按{{heightName}} {{height}}（{{anchorDate}}）推算，将早于区块高度 0",
  asOfTooFar: "{{name}}为 {{date}}，距开始月份 {{start}} 有 {{months}} 个月；必须在 {{max}} 个月（十年）以内",
  noBtcEarned: "BREAKEVEN：挖不到任何 BTC（区块补贴加交易手续费为 0），因此不存在盈亏平衡比特币价格",
  tornadoSwing: "龙卷风图的变动幅度必须是小数，{{range}}（输入值：{{got}}）",
  gridSize: "双因素敏感性表每个轴的点数必须是 {{min}} 至 {{max}} 之间的奇数（输入值：{{got}}）",
  blankArgument: "{{name}}不能为空：{{what}}",
  blankDate: "{{name}}不能为空：必须是日期（Excel 日期序列号，或 YYYY-MM-DD 格式的文本）",
  dateArgument: "{{name}}必须是日期：[1, {{max}}] 内的 Excel 日期序列号，或 YYYY-MM-DD 格式的文本（输入值：{{got}}）",
  monthArgument: "{{name}}必须是 1 至 12 的整数月份，或大于 12、不超过 {{max}} 的 Excel 日期序列号（输入值：{{got}}）",
  notRange: "{{name}}必须是恰好 {{count}} 个单元格的区域（输入值：{{got}}）",
  rangeSize: "{{name}}必须是恰好 {{count}} 个单元格的区域（实际为 {{cells}} 个单元格）",
  blankCell: "{{name}}的{{cell}}为空；每个单元格都{{what}}",
  badCell: "{{name}}的{{cell}}{{what}}（输入值：{{got}}）",
  dateBeforeBlockZero: "{{name}}不能早于区块高度 0：按 anchor_height {{anchorHeight}} 推算，{{date}} 的区块高度为 {{height}}",
  notModelName: '{{name}}必须是矿机型号名称，例如“{{example}}”（输入值：{{got}}）',
  oneOf: "{{name}}必须是以下之一：{{options}}（输入值：{{got}}）",
  cell: {
    plain: "第 {{n}} 个单元格",
    month: "{{month}}（第 {{n}} 个单元格）",
  },
  monteCarlo: {
    paths: "{{name}}必须是整数，{{range}}（输入值：{{got}}）",
    seed: "{{name}}必须是整数，{{range}}（输入值：{{got}}）",
    btcVolatilityAnnual: "{{name}}必须是小数，{{range}}（输入值：{{got}}）",
    networkVolatilityAnnual: "{{name}}必须是小数，{{range}}（输入值：{{got}}）",
    priceHashrateCorrelation: "{{name}}必须是数值，{{range}}（输入值：{{got}}）",
    btcDriftMonthly: "{{name}}必须 {{range}}（输入值：{{got}}）",
  },
  setting: {
    paths: "路径数",
    seed: "随机种子",
    btcVolatilityAnnual: "BTC 价格年化波动率",
    networkVolatilityAnnual: "全网算力增长年化波动率",
    priceHashrateCorrelation: "BTC 价格与全网算力的相关系数",
    btcDriftMonthly: "BTC 价格月漂移率",
  },
  label: {
    siteName: "场地名称",
    miner: "矿机",
    minerName: "自定义矿机名称",
    minerHashrateThS: PART_LABELS_ZH.MinerHashrateThS as string,
    minerPowerW: PART_LABELS_ZH.MinerPowerW as string,
    scenarios: "情景",
  },
  subject: {
    scenario: "{{scenario}}情景",
    scenarioInput: "{{scenario}}情景的{{name}}",
    month: "{{name}}中{{month}}的值",
    item: "{{name}}第 {{n}} 项",
    itemLabel: "{{name}}第 {{n}} 项的名称",
    itemAmount: "{{name}}第 {{n}} 项的金额（{{currency}}）",
  },
  value: {
    blank: "空白",
    null: "空值 null",
    text: "文本“{{text}}”",
    range: "单元格区域",
    list: "列表",
    listOf: "含 {{length}} 个值的列表",
    object: "对象",
    other: "{{text}} 类型的值",
  },
  where: {
    config: "配置文件 {{file}}：{{message}}",
    flag: "{{flag}}：{{message}}",
  },
};
