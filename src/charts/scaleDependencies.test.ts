import { scaleLinear, scaleLog, scaleSqrt, scaleUtc } from 'd3-scale';
import { interpolate as aliased } from 'd3-interpolate';
import { interpolate, interpolateNumber, interpolateRound } from './scaleDependencies';

describe('the interpolation d3-scale is given', () => {
  it('is this module, through the alias in vite.config.ts', () => {
    expect(aliased).toBe(interpolate);
  });

  it('interpolates numbers linearly, and rounds for rangeRound', () => {
    expect(interpolateNumber(10, 20)(0.25)).toBe(12.5);
    expect(interpolateNumber(20, 10)(0)).toBe(20);
    expect(interpolateNumber(20, 10)(1)).toBe(10);
    expect(interpolateRound(0, 3)(0.5)).toBe(2);
    expect(interpolateRound(0, 3)(0.4)).toBe(1);
  });

  it('refuses a colour or string range instead of drawing wrong', () => {
    expect(() => interpolate('#000', '#fff')).toThrow('Only numeric scale ranges');
    expect(() => scaleLinear<string>().range(['red', 'blue'])(0.5)).toThrow('Only numeric scale ranges');
  });
});

describe('the scales this app builds, with the lean dependencies', () => {
  it('map and invert as d3 documents', () => {
    const x = scaleLinear().domain([0, 100]).range([50, 250]);
    expect(x(25)).toBe(100);
    expect(x.invert(150)).toBe(50);
    expect(scaleLinear().domain([0, 10]).rangeRound([0, 3])(5)).toBe(2);
    expect(scaleLog().domain([1, 1000]).range([0, 300])(100)).toBeCloseTo(200, 10);
    expect(scaleSqrt().domain([0, 400]).range([0, 20])(100)).toBe(10);
  });

  it('give a time scale its positions and year ticks (the EV axis) and leave its labels to Intl', () => {
    const x = scaleUtc().domain([new Date(Date.UTC(2010, 0, 1)), new Date(Date.UTC(2020, 0, 1))]).range([0, 100]);
    expect(x(new Date(Date.UTC(2015, 0, 1)))).toBeCloseTo(50.0, 1);
    expect(x.ticks(5).map((d) => d.getUTCFullYear())).toEqual([2010, 2012, 2014, 2016, 2018, 2020]);
    expect(() => x.tickFormat()(new Date(Date.UTC(2015, 0, 1)))).toThrow('d3-time-format is not bundled');
  });

  it('fail loudly on d3 number formats, which this app does not use', () => {
    expect(() => scaleLinear().tickFormat(5)(1)).toThrow('d3-format is not bundled');
  });
});
