import { render } from 'preact';
import { PresenterApp } from '~/components/presenter/PresenterApp';
import { reviewsDb } from '~/lib/store/reviews-db';
import '~/components/presenter/presenter.css';

render(<PresenterApp db={reviewsDb()} />, document.getElementById('app')!);
