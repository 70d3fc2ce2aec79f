/** What a post is: name, address, village, coordinates, status, plate link; its volunteers and its history. */
import { Button, Text, View } from '@tarojs/components';
import { placeLine } from '~/src/components/placeLine';
import type { PostDetail } from '~/types/api';
import { copyText } from '../../shared/feedback';
import { formatCst } from '../invite/format';
import { STRINGS } from './strings';

function Row({ label, value, className }: { label: string; value: string; className: string }) {
  return (
    <View className="info-row">
      <Text className="info-label">{label}</Text>
      <Text className={`info-value ${className}`}>{value}</Text>
    </View>
  );
}

/** The info, volunteers and history cards. */
export function PostInfo({ detail }: { detail: PostDetail }) {
  const { post, volunteerList, history, link } = detail;
  const copy = () => copyText(link, STRINGS.copied);
  return (
    <>
      <View className="card post-info">
        <Text className="post-title">{post.name}</Text>
        <Text className="muted post-id">{post.id}</Text>
        <Row label={STRINGS.address} value={post.address} className="post-address" />
        <Row
          label={STRINGS.where}
          value={placeLine(post.townshipName, post.villageName)}
          className="post-village place-line"
        />
        <Row label={STRINGS.coordsLabel} value={STRINGS.coordinates(post.lat, post.lng)} className="post-coords" />
        <Row label={STRINGS.statusLabel} value={STRINGS.status[post.status]} className="post-status" />
        <Row label={STRINGS.link} value={link} className="post-link" />
        <Button className="btn btn-secondary copy-link" onClick={copy}>
          {STRINGS.copy}
        </Button>
      </View>
      <View className="card post-volunteers">
        <Text className="section-title">{STRINGS.volunteers}</Text>
        {volunteerList.length === 0 ? <Text className="post-unserved">{STRINGS.noVolunteers}</Text> : null}
        {volunteerList.map((p) => (
          <View key={p.id} className="volunteer-row">
            <Text className="volunteer-name">{p.name}</Text>
            {p.isMediator ? <Text className="badge">{STRINGS.mediator}</Text> : null}
            {p.bound ? null : <Text className="badge">{STRINGS.unbound}</Text>}
          </View>
        ))}
      </View>
      <View className="card post-history">
        <Text className="section-title">{STRINGS.history}</Text>
        {history.length === 0 ? <Text className="muted">{STRINGS.noHistory}</Text> : null}
        {history.map((h, i) => (
          <View key={`${h.at}-${i}`} className="history-row">
            <Text className="muted history-time">{formatCst(h.at)}</Text>
            <Text className="history-summary">{h.summary}</Text>
          </View>
        ))}
      </View>
    </>
  );
}
