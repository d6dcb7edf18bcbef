import type { DataRecord } from "./record";

const CORE = "Bitcoin Core GetBlockSubsidy / consensus rules (quoted in domain-facts.md §1.1)";

/** Bitcoin protocol constants and the halving anchor used to project block heights from dates. */
export const PROTOCOL = {
  blocksPerDay: {
    value: "144",
    unit: "blocks/day",
    source: "600-second target block interval: 86,400 s / 600 s (domain-facts.md §1.2)",
    asOf: "2009-01-03",
    note: "nominal; realised blocks/day drift with hashrate between retargets",
  },
  halvingIntervalBlocks: {
    value: "210000",
    unit: "blocks",
    source: CORE,
    asOf: "2009-01-03",
    note: "subsidy halves every 210,000 blocks",
  },
  initialSubsidyBtc: {
    value: "50",
    unit: "BTC/block",
    source: CORE,
    asOf: "2009-01-03",
    note: "era 0 subsidy; zero after 64 halvings",
  },
  currentSubsidyBtc: {
    value: "3.125",
    unit: "BTC/block",
    source: "halving #4 at block 840,000 on 2024-04-20 (billatnapier.medium.com, domain-facts.md §1.1)",
    asOf: "2024-04-20",
    note: "era 4: blocks 840,000–1,049,999; 1.5625 BTC from block 1,050,000 (~April 2028)",
  },
  halvingAnchorHeight: {
    value: "935424",
    unit: "blocks",
    source: "block height at the difficulty retarget of 2026-02-07 (domain-facts.md §1.1, §1.4)",
    asOf: "2026-02-07",
    note: "heights are projected from here at 144 blocks/day; puts block 1,050,000 on 2028-04-12",
  },
  halvingAnchorDate: {
    value: "2026-02-07",
    unit: "date",
    source: "difficulty retarget of 2026-02-07, 125.86 T (cryptodailycheck; btc-newswire; domain-facts.md §1.4)",
    asOf: "2026-02-07",
    note: "the date paired with halvingAnchorHeight",
  },
} satisfies Record<string, DataRecord>;
