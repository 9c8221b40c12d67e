import { render } from 'preact';
import { OptionsApp } from '~/components/options/OptionsApp';
import { libraryDb } from '~/lib/store/library-db';

render(<OptionsApp db={libraryDb()} />, document.getElementById('app')!);
