import type { DataRecord } from "./record";

const CORE = "Bitcoin Core, GetBlockSubsidy (consensus rules, since the genesis block of 2009-01-03)";

/** Bitcoin protocol constants and the halving anchor used to project block heights from dates. */
export const PROTOCOL = {
  blocksPerDay: {
    value: "144",
    unit: "blocks/day",
    source: "Bitcoin Core, consensus parameters: 600-second target block interval (since 2009-01-03); 86,400 s / 600 s",
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
    source: "Bill Buchanan, \"Block 840,000: Bitcoin Halving Day\", Medium (2024-04-20): halving #4 at block 840,000",
    asOf: "2024-04-20",
    note: "era 4: blocks 840,000–1,049,999; 1.5625 BTC from block 1,050,000 (~April 2028)",
  },
  halvingAnchorHeight: {
    value: "935424",
    unit: "blocks",
    source: "block height of the difficulty retarget of 2026-02-07 (retargets fall on multiples of 2,016 blocks; CryptoDailyCheck and BTC Newswire difficulty reports, 2026-02)",
    asOf: "2026-02-07",
    note: "heights are projected from here at 144 blocks/day; puts block 1,050,000 on 2028-04-12",
  },
  halvingAnchorDate: {
    value: "2026-02-07",
    unit: "date",
    source: "difficulty retarget of 2026-02-07 to 125.86 T (CryptoDailyCheck and BTC Newswire difficulty reports, 2026-02)",
    asOf: "2026-02-07",
    note: "the date paired with halvingAnchorHeight",
  },
} satisfies Record<string, DataRecord>;
