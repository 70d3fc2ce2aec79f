/** Rating an answer (评价): five large stars and an optional word, once; afterwards the rating and a thank-you. */
import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { RATING_WORD_MAX, RateInputSchema } from '~/types/api';
import { rateAnswer } from '~/src/services/requests/rateAnswer';
import { CharCount, SubmitButton } from '~/src/components/forms';
import { STRINGS } from './strings';
import { useSend } from './useSend';

const STARS = [1, 2, 3, 4, 5] as const;

/** Five stars, the first `stars` filled; tappable when `onPick` is given. */
export function Stars({ stars, onPick }: { stars: number; onPick?: (n: number) => void }) {
  return (
    <View className="rating-stars">
      {STARS.map((n) => (
        <View
          key={n}
          className={`rating-star${n <= stars ? ' rating-star-on' : ''}`}
          onClick={onPick ? () => onPick(n) : undefined}
        >
          <Text>{n <= stars ? '★' : '☆'}</Text>
        </View>
      ))}
      {stars > 0 ? <Text className="rating-level">{STRINGS.starLevels[stars]}</Text> : null}
    </View>
  );
}

/** The resident's rating as given (class `rating-done`), with thanks right after giving it. */
export function RatingShown({ rating, thanked }: { rating: { stars: number; word: string }; thanked: boolean }) {
  return (
    <View className="card rating-done">
      <Text className="section-title">{STRINGS.rated}</Text>
      <Stars stars={rating.stars} />
      {rating.word ? <Text className="rating-word">{rating.word}</Text> : null}
      {thanked ? <Text className="rating-thanks">{STRINGS.thanks}</Text> : null}
    </View>
  );
}

/** Props of RatingForm. */
export interface RatingFormProps {
  id: string;
  onRated: (rating: { stars: number; word: string }) => void;
  /** Called when the server says it is already rated: the page reloads to show that rating. */
  onStale: () => void;
}

/** The form (class `rating-form`). */
export function RatingForm({ id, onRated, onStale }: RatingFormProps) {
  const [stars, setStars] = useState(0);
  const [word, setWord] = useState('');
  const { error, setError, sending, send } = useSend();
  const submit = () =>
    stars === 0
      ? Promise.resolve(setError(STRINGS.rateNeedStars))
      : send(
          RateInputSchema,
          { id, stars, word },
          async (input) => {
            await rateAnswer(input);
            onRated({ stars, word: input.word });
          },
          (e) => e.code === 'ALREADY_RATED' && onStale(),
        );

  return (
    <View className="card rating-form">
      <Text className="section-title">{STRINGS.rateTitle}</Text>
      <Text className="muted rating-hint">{STRINGS.rateHint}</Text>
      <Stars
        stars={stars}
        onPick={(n) => {
          setStars(n);
          setError(null);
        }}
      />
      <View className="field">
        <Text className="field-label">{STRINGS.rateWord}</Text>
        <Textarea
          className="field-textarea rating-word-input"
          value={word}
          maxlength={RATING_WORD_MAX}
          placeholder={STRINGS.rateWordHint}
          onInput={(e) => setWord(e.detail.value)}
        />
        <CharCount text={word} max={RATING_WORD_MAX} />
      </View>
      {error ? <Text className="form-error rating-error">{error}</Text> : null}
      <SubmitButton
        className="rate-submit"
        label={STRINGS.rateSubmit}
        busyLabel={STRINGS.sending}
        busy={sending}
        onSubmit={() => void submit()}
      />
    </View>
  );
}
