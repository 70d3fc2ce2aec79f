/** `npm run bench`: every benchmark under bench/, each printing its figures against a baseline run beside it. */
import './scan';
