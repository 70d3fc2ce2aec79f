/** The built weapp 附近的先锋岗 page in miniprogram-simulate: posts listed, and a map with a 500 m circle each. */
import type { NearbyData } from '~/types/api';
import { wgs84ToGcj02 } from '~/types/gcj02';
import fs from 'node:fs';
import path from 'node:path';
import { simApp, DIST, until } from './harness';

jest.setTimeout(20000);

const data: NearbyData = {
  origin: 'location',
  withinCount: 1,
  posts: [
    {
      id: 'TB-PT-0001',
      name: '平台镇新立村先锋岗',
      address: '洮北区平台镇新立村村部',
      villageName: '新立村',
      lat: 45.6201,
      lng: 122.8392,
      radiusM: 500,
      distanceM: 320,
      inCircle: true,
    },
    {
      id: 'TB-PT-0002',
      name: '平台镇东风村先锋岗',
      address: '洮北区平台镇东风村村部',
      villageName: '东风村',
      lat: 45.6299,
      lng: 122.8501,
      radiusM: 500,
      distanceM: 1380,
      inCircle: false,
    },
  ],
};

type Simulate = { render: (id: string) => { dom: HTMLElement; instance: { data: unknown } } };
const { calls, open, boot } = simApp();
const rendered: { dom: HTMLElement; instance: { data: unknown } }[] = [];

/** The node of Taro's view tree (what WeChat's renderer receives) whose class is `cls`. */
function nodeByClass(tree: unknown, cls: string): Record<string, unknown> | null {
  if (!tree || typeof tree !== 'object') return null;
  const node = tree as Record<string, unknown>;
  if (node.cl === cls) return node;
  for (const v of Object.values(node)) {
    const found = nodeByClass(v, cls);
    if (found) return found;
  }
  return null;
}

/** The WXML element a view-tree node renders as, and which node field feeds each attribute (Taro aliases them). */
function template(nn: string): { tag: string; attrs: Record<string, string> } {
  const wxml = fs.readFileSync(path.join(DIST, 'base.wxml'), 'utf8');
  const m = wxml.match(new RegExp(`<template name="tmpl_0_${nn}">\\s*<([a-z-]+)([^>]*)>`));
  if (!m) throw new Error(`no template for node ${nn} in base.wxml`);
  const attrs: Record<string, string> = {};
  for (const a of m[2].matchAll(/([a-z-]+)="\{\{i\.(p\d+)/g)) attrs[a[1]] = a[2];
  return { tag: m[1], attrs };
}

/** The `type` each getLocation call asked for (the server gets WGS-84, so 'wgs84'). */
const askedTypes: unknown[] = [];

beforeAll(() => {
  // WeChat's location API, answered at once (Taro binds wx APIs when the app loads, so define it first).
  const simulate = require('miniprogram-simulate') as Simulate;
  const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  wx.getLocation = (o: { type?: string; success: (r: unknown) => void }) => {
    askedTypes.push(o.type);
    o.success({ latitude: 45.6192, longitude: 122.8389, errMsg: 'getLocation:ok' });
  };
  wx.getPrivacySetting = (o: { success: (r: unknown) => void }) =>
    o.success({ needAuthorization: false, errMsg: 'getPrivacySetting:ok' });
  const render = simulate.render.bind(simulate);
  simulate.render = (id) => {
    const comp = render(id);
    rendered.push(comp);
    return comp;
  };
  boot((call) => {
    if (call.name === 'resident' && call.data.action === 'nearbyPosts') return { ok: true, data };
    return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '没有这个操作' } };
  });
});

test('lists the posts inside the circle first, with distance, and draws a map with a 500 m circle per post', async () => {
  const p = open('packages/nearby/pages/index/index', {});
  const names = await until(() => (p.texts('nearby-post-name').length ? p.texts('nearby-post-name') : null), p.allText);
  expect(names).toEqual(['平台镇新立村先锋岗', '平台镇东风村先锋岗']);
  expect(p.texts('nearby-distance')).toEqual(['约320米', '约1.4公里']);
  expect(p.texts('nearby-in-circle')).toEqual(['在服务圈内']);
  expect(p.texts('elder-toggle')).toEqual(['长辈模式']);
  expect(calls[0]).toMatchObject({
    name: 'resident',
    data: { action: 'nearbyPosts', location: { lat: 45.6192, lng: 122.8389 } },
  });
  const map = nodeByClass(rendered[rendered.length - 1].instance.data, 'nearby-map');
  expect(map).not.toBeNull();
  const wxml = template(String(map?.nn));
  expect(wxml.tag).toBe('map');
  const field = (attr: string) => (map as Record<string, unknown>)[wxml.attrs[attr]];
  // WeChat's map draws in GCJ-02: the user (asked in WGS-84) and the posts (WGS-84) both converted.
  const [a, b] = data.posts.map((p) => wgs84ToGcj02({ lat: p.lat, lng: p.lng }));
  const centre = wgs84ToGcj02({ lat: 45.6192, lng: 122.8389 });
  expect(field('latitude')).toBeCloseTo(centre.lat, 6);
  expect(field('longitude')).toBeCloseTo(centre.lng, 6);
  expect(centre.lat - 45.6192).toBeCloseTo(0.0019, 3);
  expect(askedTypes).toEqual(['wgs84']);
  expect(field('show-location')).toBe(true);
  expect(field('markers')).toEqual([
    expect.objectContaining({ latitude: a.lat, longitude: a.lng, title: '平台镇新立村先锋岗' }),
    expect.objectContaining({ latitude: b.lat, longitude: b.lng, title: '平台镇东风村先锋岗' }),
  ]);
  expect(field('circles')).toEqual([
    expect.objectContaining({ latitude: a.lat, longitude: a.lng, radius: 500 }),
    expect.objectContaining({ latitude: b.lat, longitude: b.lng, radius: 500 }),
  ]);
});
