/*
 * Where each default comes from, in Simplified Chinese: every `source` text of src/data (records,
 * miners and their prices), keyed by its English text, which stays the reference. The explanations
 * are translated; what a reader needs to find the source again stays as published: publishers,
 * English titles (in “ ” when the English quotes them), site names, URLs, filings, numbers, ISO dates,
 * units and preset names. A Chinese publisher or place is given by its Chinese name, with the
 * acronym the English uses (生态环境部（MEE）), and months as Chinese dates (2026 年 1 月). Rates per
 * period follow the report's Chinese (%/月, %/年). Terms follow docs/glossary.zh-CN.md.
 * test/data/sources.test.ts fails when a source has no entry, an entry has no source, or an entry
 * drops a number, date or name of its English.
 */
import type { Language } from "./resources";

/** The same text for every miner the same public power table covers. */
const GITHUB_TABLE = "GitHub 上一份公开的功耗表";

/** Chinese of each source text, keyed by the English. */
export const SOURCES_ZH: Readonly<Record<string, string>> = {
  // protocol.ts
  "Bitcoin Core, consensus parameters: 600-second target block interval (since 2009-01-03); 86,400 s / 600 s":
    "Bitcoin Core 共识参数：目标出块间隔 600 秒（自 2009-01-03 起）；86,400 s / 600 s",
  "Bitcoin Core, GetBlockSubsidy (consensus rules, since the genesis block of 2009-01-03)":
    "Bitcoin Core，GetBlockSubsidy（共识规则，自 2009-01-03 的创世区块起）",
  "Bill Buchanan, \"Block 840,000: Bitcoin Halving Day\", Medium (2024-04-20): halving #4 at block 840,000":
    "Bill Buchanan，“Block 840,000: Bitcoin Halving Day”，Medium（2024-04-20）：第 4 次减半发生在区块 840,000",
  "block height of the difficulty retarget of 2026-02-07 (retargets fall on multiples of 2,016 blocks; CryptoDailyCheck and BTC Newswire difficulty reports, 2026-02)":
    "2026-02-07 难度调整时的区块高度（难度调整发生在 2,016 的整数倍区块；CryptoDailyCheck 和 BTC Newswire 的难度报告，2026-02）",
  "difficulty retarget of 2026-02-07 to 125.86 T (CryptoDailyCheck and BTC Newswire difficulty reports, 2026-02)":
    "2026-02-07 挖矿难度调整至 125.86 T（CryptoDailyCheck 和 BTC Newswire 的难度报告，2026-02）",

  // hydro.ts
  "Illustrative run-of-river profile built from sourced Songhua-basin seasonality: >90 % of flow in April–October, June–September 55–80 % of runoff, rivers ice-bound ~5 months (Nov–Mar) (IWA Publishing, Journal of Water and Climate Change 12(8):3786 (2021); IWA Publishing, Hydrology Research 51(5):1009 (2020); Changchun Municipal Government, en.changchun.gov.cn climate pages)":
    "示意性的径流式水电曲线，依据有出处的松花江流域季节特征构建：4 月至 10 月的来水占全年 90% 以上，6 月至 9 月占径流量的 55–80%，" +
    "河流封冻约 5 个月（11 月至次年 3 月）（IWA Publishing，Journal of Water and Climate Change 12(8):3786 (2021)；IWA Publishing，" +
    "Hydrology Research 51(5):1009 (2020)；长春市人民政府，en.changchun.gov.cn 气候页面）",

  // emissions.ts
  "Ministry of Ecology and Environment (MEE) and National Bureau of Statistics (NBS), 2022 power CO2 emission factors, Jilin provincial grid (announced 2024-12-20; read from a public code table of the MEE provincial factors)":
    "生态环境部（MEE）和国家统计局（NBS），2022 年电力二氧化碳（CO2）排放因子，吉林省级电网（2024-12-20 公布；数值取自一份收录 MEE 各省因子的公开代码表）",
  "Ministry of Ecology and Environment (MEE) and National Bureau of Statistics (NBS), 2023 power CO2 emission factors, Northeast regional grid (reported by Guangming Daily, ~Jan 2026)":
    "生态环境部（MEE）和国家统计局（NBS），2023 年电力二氧化碳（CO2）排放因子，东北区域电网（《光明日报》报道，约 2026 年 1 月）",
  "Ministry of Ecology and Environment (MEE) and National Bureau of Statistics (NBS), 2023 power CO2 emission factors, national average (reported by Guangming Daily, ~Jan 2026)":
    "生态环境部（MEE）和国家统计局（NBS），2023 年电力二氧化碳（CO2）排放因子，全国平均（《光明日报》报道，约 2026 年 1 月）",
  "IPCC AR5 WGIII Annex III Table A.III.2, coal PC median 820 gCO2e/kWh (2014)":
    "IPCC AR5 WGIII Annex III Table A.III.2，燃煤（煤粉炉，PC）中位数 820 gCO2e/kWh（2014）",
  "IPCC AR5 WGIII Annex III Table A.III.2, hydropower median 24 gCO2e/kWh (2014)":
    "IPCC AR5 WGIII Annex III Table A.III.2，水电中位数 24 gCO2e/kWh（2014）",
  "IPCC AR5 WGIII Annex III Table A.III.2, wind onshore median 11 gCO2e/kWh (2014)":
    "IPCC AR5 WGIII Annex III Table A.III.2，陆上风电中位数 11 gCO2e/kWh（2014）",
  "WRI and WBCSD, GHG Protocol Scope 2 Guidance (2015): location-based method; electricity supplied directly by a hydro plant carries its zero combustion emissions":
    "WRI 和 WBCSD，GHG Protocol Scope 2 Guidance（2015）：基于位置（location-based）的方法；由水电站直接供应的电力按其零燃烧排放计",

  // regulation.ts
  "No published estimate exists; presets set from enforcement history: China's share of the network hashrate fell to 0 % in Jul–Aug 2021 after the May 2021 crackdown and was back to 21.11 % in Jan 2022 (Cambridge Centre for Alternative Finance, Bitcoin Mining Map, 2022-05-17) and ~14 % in Oct 2025 (Hashrate Index, reported by Reuters, 2025-11-24)":
    "没有公开估计；预设值依据执法历史设定：2021 年 5 月整治之后，中国在全网算力中的占比于 2021 年 7 月至 8 月降至 0%，" +
    "2022 年 1 月回升至 21.11%（Cambridge Centre for Alternative Finance，Bitcoin Mining Map，2022-05-17），" +
    "2025 年 10 月约为 14%（Hashrate Index，Reuters 报道，2025-11-24）",
  "no back-pay penalty unless chosen": "除非选择，否则不追缴电费",
  "a year of consumption billed back at a shutdown": "关停时按一年的用电量追缴电费",
  "no differential tariff unless chosen": "除非选择，否则不加收差别电价",
  "from the first month when a differential tariff is chosen": "选择差别电价加价时，从第一个月起加收",
  "Inner Mongolia Development and Reform Commission, notice 内发改价费字〔2022〕115号 on electricity prices for cryptocurrency mining (Jan 2022), reported by btcfans (Jinse): back-pay plus 2× the CNY 1.00/kWh price difference":
    "内蒙古自治区发展和改革委员会关于虚拟货币挖矿电价的通知（内发改价费字〔2022〕115号，2022 年 1 月），btcfans（金色财经 Jinse）报道：追缴电费，另按 CNY 1.00/kWh 差价的 2 倍加收罚款",
  "Inner Mongolia Development and Reform Commission, notice 内发改价费字〔2022〕115号 on electricity prices for cryptocurrency mining (Jan 2022), reported by btcfans (Jinse): eliminated-category differential price +CNY 1.00/kWh":
    "内蒙古自治区发展和改革委员会关于虚拟货币挖矿电价的通知（内发改价费字〔2022〕115号，2022 年 1 月），btcfans（金色财经 Jinse）报道：按淘汰类执行差别电价，加价 +CNY 1.00/kWh",
  "Hainan provincial differential electricity price for eliminated-category industries, including cryptocurrency mining (2022; exact date not published), reported by jjchem (Sohu): +CNY 0.80/kWh":
    "海南省对淘汰类产业（含虚拟货币挖矿）执行的差别电价（2022；具体日期未公布），jjchem（搜狐 Sohu）报道：+CNY 0.80/kWh",

  // market.ts
  "Hashrate Index weekly roundup, 2026-01-12": "Hashrate Index 每周综述，2026-01-12",
  "flat-price base case, a modelling choice: compare it with a rising-price scenario":
    "价格持平的基准情形，属建模选择：可与价格上涨的情景对比",
  "difficulty 148.26 T at the 2025-12-25 retarget (miningnews.live) converted with D x 2^32 / 600":
    "2025-12-25 难度调整后的挖矿难度 148.26 T（miningnews.live），按 D x 2^32 / 600 换算",
  "BTC Newswire, \"Bitcoin mining difficulty rose 35% in 2025\" (Blockchain.com data, 2025): 7-day hashrate +34.5 % in 2025 ≈ 2.5 %/month; base rounded down to 2 %/month":
    "BTC Newswire，“Bitcoin mining difficulty rose 35% in 2025”（Blockchain.com 数据，2025）：2025 年 7 日平均全网算力 +34.5% ≈ 2.5%/月；基准值向下取整为 2%/月",
  "fee share 0.55 % of block rewards, Hashrate Index roundup 2026-01-12: 3.125 x 0.0055 / 0.9945":
    "交易手续费占区块奖励的 0.55%（Hashrate Index 综述，2026-01-12）：3.125 x 0.0055 / 0.9945",
  "AntPool FPPS 2.5 % (spark.money pool comparison, early 2026)": "AntPool FPPS 2.5%（spark.money 矿池对比，2026 年初）",
  "PBOC central parity 7.1161 (2025-08-25), 7.2014 (2025-04-30)": "中国人民银行（PBOC）人民币汇率中间价 7.1161（2025-08-25），7.2014（2025-04-30）",
  "no Jilin hydro tariff found; Sichuan small-hydro precedents CNY ~0.2–0.3/kWh (coinfox; ktszz; scallope)":
    "未找到吉林的水电电价；参照四川小水电先例，约 CNY 0.2–0.3/kWh（coinfox；ktszz；scallope）",
  "no published Jilin C&I tariff found; the Jilin coal benchmark on-grid price of CNY 0.3731/kWh (provincial benchmark table, 2020 base-plus-float reform) plus T&D charges (NDRC T&D price notice, 2023-05-15) and government funds lands in 0.45–0.65":
    "未找到已公布的吉林工商业电价；吉林燃煤基准上网电价 CNY 0.3731/kWh（省级基准价表，2020 年“基准价 + 上下浮动”改革），" +
    "加上输配电价（国家发展改革委（NDRC）输配电价通知，2023-05-15）和政府性基金及附加，合计在 0.45–0.65 之间",
  "no wheeling charge unless the user sets one": "除非用户设定，否则不计过网费",
  "D-Central Technologies, \"Immersion vs Air Cooling\" (2025): immersion 1.03–1.10; Drolin Box blog (2026): liquid-cooled 1.05":
    "D-Central Technologies，“Immersion vs Air Cooling”（2025）：浸没式液冷 1.03–1.10；Drolin Box 博客（2026）：液冷 1.05",
  "no published benchmark; typical availability of a well-run hashcenter": "无公开基准；运营良好的矿场的典型在线率",
  "1 MW of IT load divided by the Antminer S21 XP's power at the wall (btcminermarketplace.com spec list, 2025), rounded down":
    "1 MW IT 负载除以 Antminer S21 XP 的墙上功耗（btcminermarketplace.com 规格表，2025），向下取整",
  "no sourced benchmark for a 1 MW Jilin site (grid connection, cooling, building)":
    "1 MW 的吉林矿场缺少有出处的基准（电网接入、冷却、建筑）",
  "no published benchmark for non-power opex; placeholder USD 4/MWh (staff, maintenance, insurance) x ~720 MWh/month at 1 MW":
    "电费以外的运营成本无公开基准；占位值 USD 4/MWh（人员、维护、保险）x 1 MW 下约 720 MWh/月",
  "no published residual-value series; used-ASIC prices track hashprice (Hashrate Index ASIC Price Index: S19-class USD 119/TH in May 2021, USD 15.7/TH in Dec 2022); 10 % of purchase price after 36 months":
    "无公开的残值序列；二手 ASIC 价格随单位算力收益（hashprice）变动（Hashrate Index ASIC Price Index：S19 级矿机 2021 年 5 月 USD 119/TH，" +
    "2022 年 12 月 USD 15.7/TH）；36 个月后取购买价格的 10%",
  "Greenidge shortened miner lives 5 → 3 years from 2022-07-01 (SEC CIK 1844971, 10-Q Q3-2022)":
    "Greenidge 自 2022-07-01 起将矿机使用年限由 5 年缩短为 3 年（SEC CIK 1844971，10-Q Q3-2022）",
  "plant infrastructure 10 years (Greenidge 10-Q Q3-2022); containers 10 years (MARA FY2022 10-K)":
    "厂区基础设施 10 年（Greenidge 10-Q Q3-2022）；集装箱 10 年（MARA FY2022 10-K）",
  "pre-tax model unless the user sets a rate": "除非用户设定税率，否则为税前模型",
  "machines seized at a shutdown, as in Chinese enforcement cases (e.g. 4,000 miners seized in Zhenjiang, Jiangsu, 2019; Suqian, Jiangsu, 2022-03; press reports by Cointelegraph and BTCFans)":
    "关停时矿机被没收，与中国的执法案例一致（例如 2019 年江苏镇江没收 4,000 台矿机；2022-03 江苏宿迁；Cointelegraph 和 BTCFans 的新闻报道）",
  "no published discount rate for private mining projects; 15 %/yr USD for a hosted project, not loaded for the shutdown hazard that the model applies explicitly":
    "私营挖矿项目无公开的折现率；托管项目取 15%/年（USD），不含关停风险溢价，因为模型单独显式计算关停风险",
  "matches the 3-year straight-line miner life (Greenidge Generation, SEC 10-Q Q3-2022)":
    "与 3 年直线法矿机折旧期限一致（Greenidge Generation，SEC 10-Q Q3-2022）",
  "D-Central Technologies, \"Immersion vs Air Cooling\" (2025): immersion from 1.03":
    "D-Central Technologies，“Immersion vs Air Cooling”（2025）：浸没式液冷低至 1.03",
  "D-Central Technologies, \"Immersion vs Air Cooling\" (2025): up to 1.10": "D-Central Technologies，“Immersion vs Air Cooling”（2025）：最高 1.10",
  "no published fleet-ageing series for this model's miners; a loss of 3–6 % of hashrate a year is a common planning range":
    "本模型的矿机无公开的老化数据序列；每年损失 3–6% 的算力是常用的规划范围",
  "unlevered base case: the project view needs no financing assumption; set the share of capex a lender funds":
    "无杠杆的基准情形：项目视角无需融资假设；可设定由贷款方出资的投资成本比例",
  "no published lending terms for mining in China; 8 %/yr USD is a placeholder above the 2025–26 USD base rates for secured equipment loans":
    "中国的挖矿贷款无公开条款；8%/年（USD）为占位值，高于 2025–26 年有担保设备贷款的 USD 基准利率",
  "repaid over the miners' 3-year depreciation life, as equipment loans usually are": "按设备贷款的通常做法，在矿机 3 年的折旧期限内还清",

  // miners.ts: the machines' figures
  "MiningStore S19 guide; asicWattList table of nhamilton1/asics-tools on GitHub (high confidence)":
    "MiningStore S19 指南；GitHub 上 nhamilton1/asics-tools 的 asicWattList 表（可信度高）",
  "MiningStore S19 XP article (high confidence)": "MiningStore S19 XP 文章（可信度高）",
  "BTCWire/HackerNoon review 2024-03-11; a public power-consumption table on GitHub (high confidence)":
    `BTCWire/HackerNoon 评测，2024-03-11；${GITHUB_TABLE}（可信度高）`,
  "btcminermarketplace; a public power-consumption table on GitHub (medium confidence)": `btcminermarketplace；${GITHUB_TABLE}（可信度中等）`,
  "antminer-s21-pro-profitability page; a public power-consumption table on GitHub (medium confidence)":
    `antminer-s21-pro-profitability 页面；${GITHUB_TABLE}（可信度中等）`,
  "btcminermarketplace spec list; a public power-consumption table on GitHub (medium confidence)": `btcminermarketplace 规格表；${GITHUB_TABLE}（可信度中等）`,
  "btcminerguide; a public power-consumption table on GitHub (medium confidence)": `btcminerguide；${GITHUB_TABLE}（可信度中等）`,
  "top-crypto-mining-asics (low confidence)": "top-crypto-mining-asics（可信度低）",
  "a public power-consumption table on GitHub (power only, low confidence)": `${GITHUB_TABLE}（仅功率，可信度低）`,
  "MicroBT manual (Oct 2024) via og-ai-inference-research library (medium confidence)":
    "MicroBT 说明书（2024 年 10 月），取自 og-ai-inference-research 资料库（可信度中等）",
  "public calculator presets; d-central naming key (low confidence)": "公开收益计算器的预设；d-central 的型号命名说明（可信度低）",
  "calculator presets; Riot 10-K FY2023 (medium confidence)": "收益计算器的预设；Riot 10-K FY2023（可信度中等）",
  "d-central troubleshooting page (medium confidence)": "d-central 故障排除页面（可信度中等）",
  "Hashrate Index hardware review of Canaan's A16 series (high confidence)": "Hashrate Index 对 Canaan A16 系列的硬件评测（可信度高）",

  // miners.ts: the prices
  "market quote: Hashrate Index weekly roundup (Luxor ASIC desk), 2025-11-03": "市场报价：Hashrate Index 每周综述（Luxor ASIC 交易台），2025-11-03",
  "tier assumption: mid-point of USD 15–20/TH for new-generation air-cooled, below 19 J/TH. Basis: Riot Platforms paid USD 16.4–17.8/TH for MicroBT machines (Riot Platforms, SEC 10-K and 10-Q filings, 2023–2025); machines below 25 J/TH sold near USD 20/TH (CoinDesk citing Hashrate Index, 2023-07-26)":
    "价格档位假设：新一代风冷矿机（低于 19 J/TH）USD 15–20/TH 的中点。依据：Riot Platforms 购买 MicroBT 矿机的价格为 USD 16.4–17.8/TH" +
    "（Riot Platforms，SEC 10-K 和 10-Q 文件，2023–2025）；低于 25 J/TH 的矿机售价接近 USD 20/TH（CoinDesk 援引 Hashrate Index，2023-07-26）",
  "tier assumption: mid-point of USD 5–8/TH for older-generation air-cooled, 19 J/TH and above (S19 class). Basis: S19-class machines fell to USD 15.7/TH by Dec 2022 (Hashrate Index ASIC Price Index, 2022-12-25) and have kept falling with hashprice; used S19-class machines trade at USD 5–8/TH":
    "价格档位假设：旧一代风冷矿机（19 J/TH 及以上，S19 级）USD 5–8/TH 的中点。依据：S19 级矿机到 2022 年 12 月已跌至 USD 15.7/TH" +
    "（Hashrate Index ASIC Price Index，2022-12-25），此后随单位算力收益继续下跌；二手 S19 级矿机成交价为 USD 5–8/TH",
  "tier assumption: mid-point of USD 16–22/TH for hydro- and immersion-cooled. Basis: Riot Platforms paid USD 17.7/TH for immersion MicroBT machines (Riot Platforms, SEC 10-K and 10-Q filings, 2023–2025)":
    "价格档位假设：水冷和浸没式液冷矿机 USD 16–22/TH 的中点。依据：Riot Platforms 购买浸没式 MicroBT 矿机的价格为 USD 17.7/TH" +
    "（Riot Platforms，SEC 10-K 和 10-Q 文件，2023–2025）",

  // site.ts
  "no published benchmark for a Jilin site; a split of the model's default capex and opex totals":
    "吉林矿场无公开基准；由模型默认的投资成本和运营成本总额拆分而来",
  "air-cooled 1.20–1.50 typical, ~1.10 with containment and free-air economisation (d-central.tech)":
    "风冷通常为 1.20–1.50，采用冷热通道封闭和自然风冷却时约 1.10（d-central.tech）",
  "liquid-cooled 1.05 (drolin-box 2026 blog); immersion/hydro 1.03–1.10 (d-central.tech)":
    "液冷 1.05（drolin-box 2026 博客）；浸没式液冷/水冷 1.03–1.10（d-central.tech）",
  "single-phase immersion 1.03–1.10; GRC logged 1.03 at a Texas mine (2025)": "单相浸没式液冷 1.03–1.10；GRC 在美国得克萨斯州的一座矿场记录到 1.03（2025）",

  // risk.ts
  "no published volatility series used; BTC fell from its all-time high of ~126,000 (BTC Newswire, Oct 2025) to ~68,000 (Phemex blog, 2026-02-19), −46 % in four months":
    "未使用公开的波动率序列；BTC 从约 126,000 的历史最高价（BTC Newswire，2025 年 10 月）跌至约 68,000（Phemex 博客，2026-02-19），四个月内下跌 46%",
  "hashrate trackers disagree by ±10 % on the same day (Cointelegraph, Apr 2025) and network hashrate fell ~20 % in the US winter storm of Feb 2026 (CryptoDailyCheck and BTC Newswire, 2026-02)":
    "不同算力追踪网站同一天的数据相差 ±10%（Cointelegraph，2025 年 4 月）；2026 年 2 月美国冬季风暴期间全网算力下降约 20%（CryptoDailyCheck 和 BTC Newswire，2026-02）",
  "no published estimate of the correlation between monthly BTC price and network-hashrate shocks": "没有关于 BTC 价格与全网算力每月冲击之间相关性的公开估计",
  "enough for P5/P95 to settle to about 1 % of their spread": "足以使 P5/P95 稳定到其间距的约 1% 以内",
  "the date of the State Council statement, as a memorable default seed": "国务院金融稳定发展委员会表态的日期，用作易记的默认随机种子",
  "display choice": "显示设置",
  "one-at-a-time ±20 %, a common sensitivity range; a modelling choice": "逐一变动 ±20%，常用的敏感性范围；属建模选择",
  "BTC ~68,000 (Phemex blog, 2026-02-19)": "BTC 约 68,000（Phemex 博客，2026-02-19）",
  "flat price": "价格持平",
  "fast hashrate growth of 4 %/month, near CoinShares' path to 2 ZH/s by early 2027 (≈ 4.5–5.5 %/month; summarised by BTCCraze, 2025)":
    "全网算力快速增长 4%/月，接近 CoinShares 预测的 2027 年初达到 2 ZH/s 的路径（≈ 4.5–5.5%/月；BTCCraze 汇总，2025）",
  "top of the Sichuan small-hydro precedents CNY 0.2–0.3/kWh (Coinfox; Cryptovest); no published Jilin hydro tariff":
    "四川小水电先例 CNY 0.2–0.3/kWh 的上限（Coinfox；Cryptovest）；吉林无公开的水电电价",
  "top of the CNY 0.45–0.65/kWh placeholder range (Jilin coal benchmark CNY 0.3731/kWh plus T&D charges and funds); no published Jilin C&I tariff":
    "占位区间 CNY 0.45–0.65/kWh 的上限（吉林燃煤基准价 CNY 0.3731/kWh 加输配电价和政府性基金）；吉林无公开的工商业电价",
  "HIGH preset": "预设 HIGH",
  "BTC all-time high ~126,000 (BTC Newswire, Oct 2025)": "BTC 历史最高价约 126,000（BTC Newswire，2025 年 10 月）",
  "modest growth": "温和增长",
  "no hashrate growth, the low end of a 0–4 %/month range around 2025's realised ≈ 2.5 %/month (BTC Newswire, Blockchain.com data, 2025)":
    "全网算力零增长：围绕 2025 年实际增速 ≈ 2.5%/月 的 0–4%/月 区间的下限（BTC Newswire，Blockchain.com 数据，2025）",
  "bottom of the Sichuan small-hydro precedents CNY 0.2–0.3/kWh (Coinfox; Cryptovest); no published Jilin hydro tariff":
    "四川小水电先例 CNY 0.2–0.3/kWh 的下限（Coinfox；Cryptovest）；吉林无公开的水电电价",
  "bottom of the CNY 0.45–0.65/kWh placeholder range (Jilin coal benchmark CNY 0.3731/kWh plus T&D charges and funds); no published Jilin C&I tariff":
    "占位区间 CNY 0.45–0.65/kWh 的下限（吉林燃煤基准价 CNY 0.3731/kWh 加输配电价和政府性基金）；吉林无公开的工商业电价",
  "LOW preset": "预设 LOW",
};

// A Map, so that a source text such as "constructor" can never reach Object.prototype.
const ZH = new Map(Object.entries(SOURCES_ZH));

/**
 * A default's source in a language: English unchanged; Chinese from SOURCES_ZH, or the English when
 * the table has no entry (a test keeps every source of src/data in the table).
 */
export function sourceIn(source: string, lang: Language): string {
  if (lang === "en") return source;
  return ZH.get(source) ?? source;
}
