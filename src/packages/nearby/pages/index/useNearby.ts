/** The nearby page's steps: consent → location → posts, or, without location, county → township → posts. */
import Taro from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import { useRemote } from '~/src/hooks/useRemote';
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

/** What the list shows: the posts near a point, or those of a township. */
type PostsQuery = { location: Point } | { townshipCode: string };

/** Which step the user is on; the page's phase also reads how the step's load stands. */
type Step = 'locating' | 'place' | 'list' | 'failed';

function phaseOf(step: Step, load: { data: unknown; error: unknown; loading: boolean }, county: string | null) {
  if (step === 'locating') return 'locating';
  if (step === 'failed' || load.error) return 'error';
  if (load.loading || !load.data) return 'loading';
  if (step === 'list') return 'list';
  return county ? 'townships' : 'counties';
}

/**
 * Runs the steps; starts by asking for location once. The posts and the township tree load through useRemote,
 * so a slower reply for an earlier township (or an earlier location) never replaces the one asked for last.
 */
export function useNearby(): NearbyState {
  const [step, setStep] = useState<Step>('locating');
  const [query, setQuery] = useState<PostsQuery | null>(null);
  const [here, setHere] = useState<Point | null>(null);
  const [county, setCounty] = useState<string | null>(null);
  const [township, setTownship] = useState<string | null>(null);
  // Each time the place picker is asked for, the tree loads afresh (as a retry would).
  const [treeAsked, setTreeAsked] = useState(0);
  const posts = useRemote(query ? () => fetchNearbyPosts(query) : null, [query]);
  const tree = useRemote(treeAsked > 0 ? fetchTownships : null, [treeAsked]);

  const pickPlace = useCallback(() => {
    setTreeAsked((n) => n + 1);
    setStep('place');
  }, []);

  const byLocation = useCallback(async () => {
    setStep('locating');
    try {
      const point = await locate();
      if (!point) return pickPlace();
      setHere(point);
      setQuery({ location: point });
      setStep('list');
    } catch {
      setStep('failed');
    }
  }, [pickPlace]);

  useEffect(() => {
    void byLocation();
  }, [byLocation]);

  const shown = step === 'list' ? posts : tree;
  return {
    phase: phaseOf(step, shown, county),
    data: posts.data,
    here,
    tree: tree.data,
    county,
    township,
    chooseCounty: (code) => {
      setCounty(code);
      setStep('place');
    },
    chooseTownship: (code, name) => {
      setTownship(name);
      setHere(null);
      setQuery({ townshipCode: code });
      setStep('list');
    },
    useLocation: () => void byLocation(),
    retry: () => {
      if (step === 'failed') void byLocation();
      else void shown.reload();
    },
  };
}
