/** The nearby page's steps: consent → location → posts, or, without location, county → township → posts. */
import Taro from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { NearbyData, TownshipsData } from '~/types/api';
import { ensurePrivacyConsent } from '~/src/components/PageShell/privacy';
import { fetchNearbyPosts } from '../../services/fetchNearbyPosts';
import { fetchTownships } from '../../services/fetchTownships';

/** Which step the page shows. */
export type NearbyPhase = 'locating' | 'loading' | 'list' | 'counties' | 'townships' | 'error';

/** A point in WGS-84, the posts' datum (types/domain.ts). */
export interface Point {
  lat: number;
  lng: number;
}

/** What the nearby page draws from, and what the user can do. */
export interface NearbyState {
  phase: NearbyPhase;
  data: NearbyData | null;
  /** Where the user is, when they shared it. */
  here: Point | null;
  tree: TownshipsData | null;
  county: string | null;
  township: string | null;
  chooseCounty: (code: string | null) => void;
  chooseTownship: (code: string, name: string) => void;
  useLocation: () => void;
  retry: () => void;
}

async function locate(): Promise<Point | null> {
  if (!(await ensurePrivacyConsent())) return null;
  // Asked in WGS-84, the posts' datum, on both platforms: the point goes to the server. Only the map converts it
  // to GCJ-02 (NearbyMap.weapp.tsx).
  try {
    const res = await Taro.getLocation({ type: 'wgs84' });
    return { lat: res.latitude, lng: res.longitude };
  } catch {
    // Refused, switched off, or no geolocation in this browser: choosing a township still works.
    return null;
  }
}

/** Runs the steps; starts by asking for location once. */
export function useNearby(): NearbyState {
  const [phase, setPhase] = useState<NearbyPhase>('locating');
  const [data, setData] = useState<NearbyData | null>(null);
  const [here, setHere] = useState<Point | null>(null);
  const [tree, setTree] = useState<TownshipsData | null>(null);
  const [county, setCounty] = useState<string | null>(null);
  const [township, setTownship] = useState<string | null>(null);
  const last = useRef<() => Promise<void>>(async () => undefined);

  const run = useCallback(async (step: () => Promise<void>) => {
    last.current = step;
    try {
      await step();
    } catch {
      setPhase('error');
    }
  }, []);

  const pickPlace = useCallback(async () => {
    setPhase('loading');
    setTree(await fetchTownships());
    setPhase('counties');
  }, []);

  const byLocation = useCallback(async () => {
    setPhase('locating');
    const point = await locate();
    if (!point) return pickPlace();
    setHere(point);
    setPhase('loading');
    setData(await fetchNearbyPosts({ location: point }));
    setPhase('list');
  }, [pickPlace]);

  useEffect(() => {
    void run(byLocation);
  }, [run, byLocation]);

  return {
    phase,
    data,
    here,
    tree,
    county,
    township,
    chooseCounty: (code) => {
      setCounty(code);
      setPhase(code ? 'townships' : 'counties');
    },
    chooseTownship: (code, name) =>
      void run(async () => {
        setTownship(name);
        setHere(null);
        setPhase('loading');
        setData(await fetchNearbyPosts({ townshipCode: code }));
        setPhase('list');
      }),
    useLocation: () => void run(byLocation),
    retry: () => void run(last.current),
  };
}
