// SPDX-License-Identifier: EUPL-1.2
/** A start page for roles without their own screens yet, and the page for an unknown address. */
import { useEffect } from 'react';
import { useSession } from '../app';
import { Link } from '../router';
import { H1, P } from '../ui';

export function StartPage() {
  const { me } = useSession();
  useEffect(() => {
    document.title = 'Start · Maatwerk';
  }, []);
  return (
    <>
      <H1>Welkom, {me.user.displayName}</H1>
      <P>
        U bent ingelogd als {me.roleLabels.join(', ')} bij {me.organisation.name}. De schermen voor uw rol komen in een volgende versie; via de API kunt u al verder.
      </P>
    </>
  );
}

export function NotFoundPage() {
  useEffect(() => {
    document.title = 'Pagina niet gevonden · Maatwerk';
  }, []);
  return (
    <>
      <H1>Pagina niet gevonden</H1>
      <P>
        Deze pagina bestaat niet. Ga naar <Link href="/">de startpagina</Link>.
      </P>
    </>
  );
}
