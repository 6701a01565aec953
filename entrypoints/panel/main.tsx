// The sidebar panel: an extension page the page script puts in a frame beside the page (see
// features/sidebar-view.ts). It talks to its page script over a port and to the background
// directly, so nothing it shows or does passes through the page.
import { render } from 'preact';
import '../../components/sidebar.css';
import '../../components/common.css';
import { PanelApp } from '../../components/PanelApp';
import { listenForPage } from '../../features/panel-channel';

// Before anything else: the page script offers the channel as soon as this frame has loaded.
const pagePort = listenForPage();
render(<PanelApp pagePort={pagePort} />, document.getElementById('app')!);
