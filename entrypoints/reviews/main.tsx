import { render } from 'preact';
import { HistoryApp } from '~/components/review/HistoryApp';
import { reviewsDb } from '~/lib/store/reviews-db';
import '~/components/review/history.css';

render(<HistoryApp db={reviewsDb()} />, document.getElementById('app')!);
