/**
 * Stand-ins the admin dashboard, circles and chart tests need beyond test/unit/stubs: Views that keep their
 * aria-label and role (charts are read out), a date Picker with a text box that fires onChange, and the fixtures.
 * Each test file mocks '@tarojs/components' with `components()` (jest.mock is hoisted per file).
 */
import { createElement, type ReactNode } from 'react';
import type { CoverageData, DashboardData } from '~/types/api/dashboard';

interface Props {
  className?: string;
  style?: Record<string, string>;
  children?: ReactNode;
  onClick?: () => void;
  ariaLabel?: string;
  ariaRole?: string;
  disabled?: boolean;
  id?: string;
}

/** @tarojs/components with aria-aware View/Text/Button, a Picker and a Map that lists its markers. */
export function components(): Record<string, unknown> {
  const stubs = jest.requireActual<Record<string, unknown>>('./stubs/components');
  const element =
    (tag: string) =>
    ({ className, style, children, onClick, ariaLabel, ariaRole, disabled, id }: Props) =>
      createElement(
        tag,
        {
          id,
          className,
          style,
          onClick,
          'aria-label': ariaLabel,
          role: ariaRole,
          disabled,
          ...(tag === 'button' ? { type: 'button' } : {}),
        },
        children,
      );
  const Picker = ({
    children,
    onChange,
    value,
  }: {
    children?: ReactNode;
    value?: string;
    onChange?: (e: { detail: { value: string } }) => void;
  }) =>
    createElement(
      'div',
      { className: 'picker', 'data-value': value },
      children,
      createElement('input', {
        className: 'picker-input',
        onChange: (e: { target: { value: string } }) => onChange?.({ detail: { value: e.target.value } }),
      }),
    );
  // Keeps what a ScrollView is told, for tests to read: which way it scrolls and which child it opens at.
  const ScrollView = ({
    className,
    children,
    scrollX,
    scrollIntoView,
  }: {
    className?: string;
    children?: ReactNode;
    scrollX?: boolean;
    scrollIntoView?: string;
  }) =>
    createElement(
      'div',
      { className, 'data-scroll-x': scrollX ? 'true' : undefined, 'data-scroll-into-view': scrollIntoView },
      children,
    );
  return { ...stubs, View: element('div'), Text: element('span'), Button: element('button'), Picker, ScrollView };
}

/** A county's dashboard: 3 trend days, two townships (one retired post row is elsewhere), top, idle, answers. */
export function dashboardFixture(over: Partial<DashboardData> = {}): DashboardData {
  const hours = Array.from({ length: 24 }, (_, h) => (h === 9 ? 40 : h));
  return {
    subject: { id: '220802', name: '洮北区', level: 'county' },
    trail: [
      { id: '220800', name: '白城市', level: 'city' },
      { id: '220802', name: '洮北区', level: 'county' },
    ],
    period: {
      preset: '7d',
      from: '20261122',
      to: '20261128',
      days: 7,
      prevFrom: '20261115',
      prevTo: '20261121',
    },
    figures: { scans: 1120, visitors: 800, requests: 0, inCircle: 300, withLocation: 400 },
    previous: { scans: 1000, visitors: 825, requests: 0, inCircle: 0, withLocation: 0 },
    trend: [
      { from: '20261126', label: '11-26', scans: 100, visitors: 80 },
      { from: '20261127', label: '11-27', scans: 0, visitors: 0 },
      { from: '20261128', label: '11-28', scans: 123, visitors: 99 },
    ],
    trendUnit: 'day',
    children: [
      {
        id: '220802001',
        name: '平台镇',
        level: 'township',
        posts: 12,
        retired: false,
        scans: 700,
        visitors: 500,
        requests: 3,
        inCircle: 200,
        withLocation: 250,
      },
      {
        id: '220802002',
        name: '东风乡',
        level: 'township',
        posts: 8,
        retired: false,
        scans: 420,
        visitors: 300,
        requests: 1,
        inCircle: 0,
        withLocation: 0,
      },
    ],
    top: [{ postId: 'TB-PT-0001', name: '新立村先锋岗', villageName: '新立村', scans: 310, lastScanDay: '20261128' }],
    idle: {
      days: 30,
      count: 25,
      posts: [
        { postId: 'TB-PT-0099', name: '永胜村先锋岗', villageName: '永胜村', scans: 0, lastScanDay: null },
        { postId: 'TB-PT-0098', name: '红星村先锋岗', villageName: '红星村', scans: 0, lastScanDay: '20261001' },
      ],
    },
    hours,
    weekdays: [10, 20, 30, 40, 50, 60, 70],
    funnel: { scans: 1120, requests: 40, answered: 30, resolved: 12 },
    answers: {
      answered: 30,
      medianHours: 2.5,
      onTimePct: 93,
      volunteers: [{ volunteerId: 'v1', name: '张明', answered: 12, medianHours: 1.5, onTimePct: 100 }],
      volunteerCount: 1,
      byVolunteers: 12,
    },
    services: {
      mediation: { received: 7, open: 2, agreed: 4, failed: 1 },
      aid: { received: 5, open: 1, approved: 3, declined: 1 },
    },
    rolledAt: Date.UTC(2026, 10, 28, 1, 5), // 09:05 in China
    ...over,
  };
}

/** A township's coverage: 2 of 3 villages covered, one overlap, one cluster, two posts. */
export function coverageFixture(): CoverageData {
  return {
    region: { id: '220802001', name: '平台镇', level: 'township' },
    villages: {
      total: 3,
      covered: 2,
      uncovered: [
        {
          code: '220802001003',
          name: '永胜村',
          townshipName: '平台镇',
          lat: 45.61,
          lng: 122.86,
          nearestPostId: 'TB-PT-0001',
          nearestM: 1830,
        },
      ],
    },
    overlaps: [
      {
        a: { id: 'TB-PT-0001', name: '新立村先锋岗' },
        b: { id: 'TB-PT-0002', name: '新立村二组先锋岗' },
        distanceM: 180,
        overlapPct: 77,
      },
    ],
    clusters: [
      {
        lat: 45.6312,
        lng: 122.8705,
        scans: 64,
        cells: 3,
        townshipName: '平台镇',
        nearestPostId: 'TB-PT-0002',
        nearestM: 1240,
      },
    ],
    posts: [
      { id: 'TB-PT-0001', lat: 45.62, lng: 122.84, radiusM: 500 },
      { id: 'TB-PT-0002', lat: 45.6215, lng: 122.8415, radiusM: 500 },
    ],
    bounds: { minLat: 45.6, maxLat: 45.64, minLng: 122.83, maxLng: 122.88 },
    days: 90,
  };
}
