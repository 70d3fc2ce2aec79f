/** Times as residents read them: the app's one time format (China Standard Time, Chinese month and day). */
export { formatTime } from '~/src/components/formatTime';
