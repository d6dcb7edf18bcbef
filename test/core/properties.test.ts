/*
 * Algebraic laws of the core formulas (fast-check), through the JILIN functions that read their
 * arguments (src/functions/jilin.ts), and agreement with the independent plain-double
 * implementation in test/reference/float.ts.
 */
import fc from "fast-check";
import { D, Decimal } from "../../src/core/decimal";
import { breakeven, btcMined, co2Tonnes, energyMwh, hashprice, hydroCost, hydroLcoe, networkHashrate, regRisk } from "../../src/functions/jilin";
import * as R from "../reference/float";

/** Relative agreement of two Decimals at 28-digit working precision. */
const LAW_TOLERANCE = D("1e-24");
function expectRelClose(a: Decimal, b: Decimal, tol = LAW_TOLERANCE): void {
  const scale = Decimal.max(a.abs(), b.abs());
  if (scale.isZero()) return;
  const err = a.minus(b).abs().div(scale);
  if (err.gt(tol)) throw new Error(`${a.toString()} vs ${b.toString()}: rel. error ${err.toString()}`);
}
function expectFloatClose(a: number, b: number, tol = 1e-12): void {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  if (scale < 1e-300) return; // both underflow to (sub)normal zero
  if (!(Math.abs(a - b) / scale <= tol)) throw new Error(`${a} vs ${b}`);
}

const positive = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).filter((x) => x > 0);
const eff = positive(5, 100);
const price = fc.double({ min: 0, max: 5, noNaN: true });
const hashrate = positive(1, 5000);
const reward = fc.constantFrom(50, 25, 12.5, 6.25, 3.125, 1.5625);
const fees = fc.double({ min: 0, max: 1, noNaN: true });
const pue = fc.double({ min: 1, max: 2, noNaN: true });
const poolFee = fc.double({ min: 0, max: 0.2, noNaN: true });
const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const factor = positive(1.0001, 10);

describe("BREAKEVEN laws", () => {
  it("is linear in the power price (no other cost)", () => {
    fc.assert(
      fc.property(eff, price, hashrate, reward, fees, pue, poolFee, factor, (e, p, h, r, f, u, pf, k) => {
        const base = breakeven(e, p, h, r, f, u, pf, 0);
        const scaled = breakeven(e, D(p).times(k), h, r, f, u, pf, 0);
        expectRelClose(scaled, base.times(k));
      }),
    );
  });

  it("is linear in the network hashrate", () => {
    fc.assert(
      fc.property(eff, price, hashrate, reward, pue, factor, fc.double({ min: 0, max: 0.01, noNaN: true }), (e, p, h, r, u, k, o) => {
        const base = breakeven(e, p, h, r, 0, u, 0, o);
        const scaled = breakeven(e, p, D(h).times(k), r, 0, u, 0, o);
        expectRelClose(scaled, base.times(k));
      }),
    );
  });

  it("increases with efficiency (J/TH) and with PUE when power costs something", () => {
    fc.assert(
      fc.property(eff, positive(0.001, 5), hashrate, pue, factor, (e, p, h, u, k) => {
        const base = breakeven(e, p, h, 3.125, 0, u);
        expect(breakeven(D(e).times(k), p, h, 3.125, 0, u).gt(base)).toBe(true);
        expect(breakeven(e, p, h, 3.125, 0, D(u).times(k)).gt(base)).toBe(true);
      }),
    );
  });

  it("BTC_MINED × BREAKEVEN = power cost (energy × price) for any fleet and period", () => {
    fc.assert(
      fc.property(positive(1, 1e6), eff, price, hashrate, positive(0.01, 400), reward, fees, pue, poolFee, positive(0.01, 1),
        (th, e, p, h, days, r, f, u, pf, up) => {
          const btc = btcMined(th, h, days, r, f, pf, up);
          const be = breakeven(e, p, h, r, f, u, pf, 0);
          const powerCost = energyMwh(th, e, days, u, up).times(1000).times(p);
          expectRelClose(btc.times(be), powerCost);
        }),
    );
  });

  it("revenue equals cost at the break-even price: HASHPRICE(BREAKEVEN) = cost per PH/s per day", () => {
    fc.assert(
      fc.property(eff, positive(0.001, 5), hashrate, reward, fees, pue, poolFee, (e, p, h, r, f, u, pf) => {
        const be = breakeven(e, p, h, r, f, u, pf, 0);
        const costPerPhDay = D(e).times(24).times(u).times(p); // J/TH × 24 h / 1000 × 1000 TH per PH
        expectRelClose(hashprice(be, h, r, f, pf), costPerPhDay);
      }),
    );
  });
});

describe("HYDRO_COST laws", () => {
  const profile = fc.array(fraction, { minLength: 12, maxLength: 12 });
  it("lies between the hydro and grid prices, monthly and annually", () => {
    fc.assert(
      fc.property(price, price, profile, fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }), (h, g, s, m) => {
        const cost = hydroCost(h, g, m, [s]);
        expect(cost.gte(Math.min(h, g) - 1e-15)).toBe(true);
        expect(cost.lte(Math.max(h, g) + 1e-15)).toBe(true);
      }),
    );
  });
  it("annual average = Σ days × monthly cost / 365", () => {
    const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    fc.assert(
      fc.property(price, price, profile, price, (h, g, s, w) => {
        let total = D(0);
        for (let m = 1; m <= 12; m++) total = total.plus(hydroCost(h, g, m, [s], w).times(days[m - 1] as number));
        expectRelClose(hydroCost(h, g, null, [s], w), total.div(365));
      }),
    );
  });
});

describe("CO2_TONNES laws", () => {
  it("is linear in energy", () => {
    fc.assert(
      fc.property(positive(0, 1e6), fraction, fc.double({ min: 0, max: 2, noNaN: true }), factor, (e, s, g, k) => {
        expectRelClose(co2Tonnes(D(e).times(k), s, g), co2Tonnes(e, s, g).times(k));
      }),
    );
  });
  it("is additive in energy", () => {
    fc.assert(
      fc.property(positive(0, 1e6), positive(0, 1e6), fraction, (a, b, s) => {
        expectRelClose(co2Tonnes(D(a).plus(b), s), co2Tonnes(a, s).plus(co2Tonnes(b, s)));
      }),
    );
  });
});

describe("REG_RISK laws", () => {
  it("REG_RISK(p, a + b) = REG_RISK(p, a) × REG_RISK(p, b)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.999, noNaN: true }), fc.double({ min: 0, max: 30, noNaN: true }), fc.double({ min: 0, max: 30, noNaN: true }), (p, a, b) => {
        expectRelClose(regRisk(p, D(a).plus(b)), regRisk(p, a).times(regRisk(p, b)), D("1e-20"));
      }),
    );
  });
  it("is 1 at time 0 and never increases with time", () => {
    fc.assert(
      fc.property(fraction, fc.double({ min: 0, max: 50, noNaN: true }), positive(0, 10), (p, y, dy) => {
        expect(regRisk(p, 0).eq(1)).toBe(true);
        expect(regRisk(p, D(y).plus(dy)).lte(regRisk(p, y))).toBe(true);
      }),
    );
  });
});

describe("agreement with the independent plain-double implementation (1e-12 relative)", () => {
  it("BREAKEVEN", () => {
    fc.assert(fc.property(eff, price, hashrate, reward, fees, pue, poolFee, fc.double({ min: 0, max: 0.1, noNaN: true }), (e, p, h, r, f, u, pf, o) => {
      expectFloatClose(breakeven(e, p, h, r, f, u, pf, o).toNumber(), R.breakevenFloat(e, p, h, r, f, u, pf, o));
    }));
  });
  it("HYDRO_COST", () => {
    fc.assert(fc.property(price, price, fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }), price, (h, g, m, w) => {
      expectFloatClose(hydroCost(h, g, m ?? null, null, w).toNumber(), R.hydroCostFloat(h, g, m, R.JILIN_PROFILE_FLOAT, w));
    }));
  });
  // The double reference cannot take rates below ~1e-16 ((1 + r)^n − 1 rounds to 0); core can.
  it("CO2_TONNES, REG_RISK, HASHPRICE, BTC_MINED, ENERGY_MWH, NETWORK_HASHRATE, HYDRO_LCOE", () => {
    fc.assert(fc.property(positive(0, 1e6), fraction, fc.double({ min: 0, max: 1, noNaN: true }), (e, s, g) => {
      expectFloatClose(co2Tonnes(e, s, g, 0.024).toNumber(), R.co2Float(e, s, g, 0.024));
    }));
    // p ≤ 0.99: near 1, the double reference loses digits in 1 − p (decimal does not).
    fc.assert(fc.property(fc.double({ min: 0, max: 0.99, noNaN: true }), fc.double({ min: 0, max: 30, noNaN: true }), (p, y) => {
      expectFloatClose(regRisk(p, y).toNumber(), R.regRiskFloat(p, y), 1e-11);
    }));
    fc.assert(fc.property(positive(1, 2e5), hashrate, reward, fees, poolFee, (p, h, r, f, pf) => {
      expectFloatClose(hashprice(p, h, r, f, pf).toNumber(), R.hashpriceFloat(p, h, r, f, pf));
    }));
    fc.assert(fc.property(positive(1, 1e6), hashrate, positive(0, 400), reward, fees, poolFee, fraction, (th, h, d, r, f, pf, up) => {
      expectFloatClose(btcMined(th, h, d, r, f, pf, up).toNumber(), R.btcMinedFloat(th, h, d, r, f, pf, up));
    }));
    fc.assert(fc.property(positive(1, 1e6), eff, positive(0, 400), pue, fraction, (th, e, d, u, up) => {
      expectFloatClose(energyMwh(th, e, d, u, up).toNumber(), R.energyMwhFloat(th, e, d, u, up));
    }));
    fc.assert(fc.property(positive(1e9, 1e15), (d) => {
      expectFloatClose(networkHashrate(d).toNumber(), R.networkHashrateFloat(d));
    }));
    fc.assert(fc.property(positive(100, 1e4), positive(0.05, 1), fc.double({ min: 0, max: 0.05, noNaN: true }), fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 0.2, noNaN: true })), fc.integer({ min: 1, max: 80 }), (c, cf, om, r, n) => {
      expectFloatClose(hydroLcoe(c, cf, om, r, n).toNumber(), R.hydroLcoeFloat(c, cf, om, r, n), 1e-10);
    }));
  });
});
